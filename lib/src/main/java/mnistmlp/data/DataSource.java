package mnistmlp.data;

/**
 * Where a dataset was loaded from.
 *
 * @param kind one of {@code directory}, {@code environment}, {@code debian}, {@code cache},
 *     {@code download}, {@code sample}
 * @param location the directory the files were read from
 * @param sample true for the 10,000-digit offline sample rather than the full set
 * @param description a few words for people, e.g. "the user cache"
 */
public record DataSource(String kind, String location, boolean sample, String description) {}
