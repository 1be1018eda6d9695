package mnistmlp.bench;

import java.nio.file.Path;
import mnistmlp.data.DataSources;
import mnistmlp.data.Dataset;
import mnistmlp.data.DatasetName;
import mnistmlp.data.Datasets;

/**
 * Prints how long reading the full Fashion-MNIST from Debian's gzip files takes, five times. Not a
 * test: run it by hand, e.g.
 * {@code java -cp lib/target/test-classes:lib/target/mnist-mlp.jar mnistmlp.bench.FashionLoadBenchmark [DIR]}.
 */
public final class FashionLoadBenchmark {
  private FashionLoadBenchmark() {}

  public static void main(String[] args) {
    Path directory = args.length > 0 ? Path.of(args[0]) : DataSources.DEBIAN_FASHION;
    for (int run = 1; run <= 5; run++) {
      long start = System.nanoTime();
      Dataset d = Datasets.fromDirectory(DatasetName.FASHION, directory);
      long millis = (System.nanoTime() - start) / 1_000_000;
      System.out.printf("run %d: read %d + %d images from %s in %d ms%n", run, d.train().size(), d.test().size(), directory, millis);
    }
  }
}
