package mnistmlp.bench;

import java.util.Random;
import java.util.concurrent.TimeUnit;
import mnistmlp.data.Batch;
import mnistmlp.gradient.Backprop;
import mnistmlp.gradient.FastNumericalGradient;
import mnistmlp.gradient.IncrementalNumericalGradient;
import mnistmlp.math.Matrix;
import mnistmlp.network.Initialization;
import mnistmlp.network.Parameters;
import mnistmlp.network.TwoLayerNet;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JMH: one batch-100 gradient of the 784-50-10 network, incremental and fast numerical (1 or 2
 * threads) against backpropagation. Lives with the tests, not in the jar. Run with
 *
 * <pre>
 * mvn -f lib/pom.xml -q test-compile dependency:build-classpath -Dmdep.outputFile=target/test.cp -Dmdep.includeScope=test
 * java -cp lib/target/test-classes:lib/target/classes:$(cat lib/target/test.cp) org.openjdk.jmh.Main GradientBenchmark
 * </pre>
 *
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class GradientBenchmark {

  @Param({"1", "2"})
  public int threads;

  private TwoLayerNet net;
  private Batch batch;
  private FastNumericalGradient fast;
  private IncrementalNumericalGradient incremental;
  private final Backprop backprop = new Backprop();

  @Setup
  public void setUp() {
    net = TwoLayerNet.mnist(Initialization.BOOK, 1);
    Random random = new Random(2);
    Matrix x = Matrix.zeros(100, 784);
    for (int k = 0; k < x.size(); k++) {
      if (random.nextDouble() < 0.19) {
        x.data()[k] = (1 + random.nextInt(255)) / 255.0;
      }
    }
    batch = new Batch(x, random.ints(100, 0, 10).toArray());
    fast = new FastNumericalGradient(1e-4, threads);
    incremental = new IncrementalNumericalGradient(1e-4, threads);
  }

  @Benchmark
  public Parameters incrementalNumerical() {
    return incremental.gradient(net, batch);
  }

  @Benchmark
  public Parameters fastNumerical() {
    return fast.gradient(net, batch);
  }

  /** Does not depend on the parameters; JMH runs it once per combination anyway. */
  @Benchmark
  public Parameters backprop() {
    return backprop.gradient(net, batch);
  }
}
