package mnistmlp.data;

import java.net.URI;
import java.util.List;
import java.util.Locale;

/**
 * The two datasets the lessons use. Each knows its four files, their published MD5 sums (the ones
 * torchvision checks) and the public mirrors that serve them.
 */
public enum DatasetName {
  MNIST(
      "mnist",
      "MNIST",
      "MNIST_DIR",
      List.of(
          new KnownFile("train-images-idx3-ubyte.gz", "f68b3c2dcbeaaa9fbdd348bbdeb94873"),
          new KnownFile("train-labels-idx1-ubyte.gz", "d53e105ee54ea40749a09fcbcd1e9432"),
          new KnownFile("t10k-images-idx3-ubyte.gz", "9fb629c4189551a2d022fa330f9573f3"),
          new KnownFile("t10k-labels-idx1-ubyte.gz", "ec29112dd5afa0611ce80d1b7f02629c")),
      List.of(
          URI.create("https://ossci-datasets.s3.amazonaws.com/mnist/"),
          URI.create("https://yann.lecun.com/exdb/mnist/"))),
  FASHION(
      "fashion",
      "Fashion-MNIST",
      "FASHION_MNIST_DIR",
      List.of(
          new KnownFile("train-images-idx3-ubyte.gz", "8d4fb7e6c68d591d4c3dfef9ec88bf0d"),
          new KnownFile("train-labels-idx1-ubyte.gz", "25c81989df183df01b3e8a0aad5dffbe"),
          new KnownFile("t10k-images-idx3-ubyte.gz", "bef4ecab320f06d8554ea6380940ec79"),
          new KnownFile("t10k-labels-idx1-ubyte.gz", "bb300cfdad3c16e7a12a480ee83cd310")),
      List.of(
          // The S3 website endpoint torchvision uses speaks plain HTTP only; the MD5 check is what
          // guards the content, on either mirror.
          URI.create("https://github.com/zalandoresearch/fashion-mnist/raw/master/data/fashion/"),
          URI.create("http://fashion-mnist.s3-website.eu-central-1.amazonaws.com/")));

  public static final String TRAIN_IMAGES = "train-images-idx3-ubyte.gz";
  public static final String TRAIN_LABELS = "train-labels-idx1-ubyte.gz";
  public static final String TEST_IMAGES = "t10k-images-idx3-ubyte.gz";
  public static final String TEST_LABELS = "t10k-labels-idx1-ubyte.gz";

  private final String id;
  private final String displayName;
  private final String directoryVariable;
  private final List<KnownFile> files;
  private final List<URI> mirrors;

  DatasetName(String id, String displayName, String directoryVariable, List<KnownFile> files, List<URI> mirrors) {
    this.id = id;
    this.displayName = displayName;
    this.directoryVariable = directoryVariable;
    this.files = files;
    this.mirrors = mirrors;
  }

  /** {@code "mnist"} or {@code "fashion"} (case does not matter; "fashion-mnist" works too). */
  public static DatasetName byName(String name) {
    String key = name.trim().toLowerCase(Locale.ROOT);
    for (DatasetName d : values()) {
      if (d.id.equals(key) || d.displayName.toLowerCase(Locale.ROOT).equals(key)) {
        return d;
      }
    }
    throw new IllegalArgumentException("unknown dataset '" + name + "' (expected mnist or fashion)");
  }

  /** The short name used on the command line and for the cache directory. */
  public String id() {
    return id;
  }

  public String displayName() {
    return displayName;
  }

  /** The environment variable that may name a directory holding the four files. */
  public String directoryVariable() {
    return directoryVariable;
  }

  public List<KnownFile> files() {
    return files;
  }

  public List<URI> mirrors() {
    return mirrors;
  }
}
