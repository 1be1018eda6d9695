package mnistmlp.data;

/** One of the four standard files of a dataset, with the MD5 sum its publishers state. */
public record KnownFile(String name, String md5) {}
