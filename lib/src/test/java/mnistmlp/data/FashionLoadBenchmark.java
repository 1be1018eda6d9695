package mnistmlp.data;

import java.nio.file.Path;

/**
 * Prints how long loading the full Fashion-MNIST from Debian's gzip files takes (the issue asks for
 * at most 1.5 s). Not a test: run it by hand, e.g.
 * {@code java -cp lib/target/test-classes:lib/target/mnist-mlp.jar mnistmlp.data.FashionLoadBenchmark}.
 */
public final class FashionLoadBenchmark {
  private FashionLoadBenchmark() {}

  public static void main(String[] args) {
    Path directory = args.length > 0 ? Path.of(args[0]) : DataSources.DEBIAN_FASHION;
    DataSources sources = DataSources.forEnvironment(java.util.Map.of()).withLog(TestData.quiet());
    for (int run = 1; run <= 5; run++) {
      long start = System.nanoTime();
      Dataset d = new DatasetLocator(sources).fromDirectory(DatasetName.FASHION, directory);
      long millis = (System.nanoTime() - start) / 1_000_000;
      System.out.printf("run %d: loaded %d + %d images from %s in %d ms%n",
          run, d.train().size(), d.test().size(), directory, millis);
    }
  }
}
