package mnistmlp.bench;

import java.util.Random;
import java.util.concurrent.TimeUnit;
import mnistmlp.gradient.fast.RowKernels;
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
 * JMH: the three row kernels of the fast gradient on rows of one hidden layer (50 doubles), plain
 * loops against the Vector API. One operation = one image's worth: 150 rows (about the non-zero
 * pixels of an MNIST digit), as in the forward pass, the table gather and (66 rows) the table fill.
 * Run as described in {@link GradientBenchmark}, with {@code RowKernelBenchmark} as the pattern.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector"})
@State(Scope.Thread)
public class RowKernelBenchmark {
  private static final int HIDDEN = 50;
  private static final int ROWS = 150;
  private static final int DISTINCT = 66;

  @Param({"plain", "vector"})
  public String kernels;

  private RowKernels k;
  private final double[] weights = new double[784 * HIDDEN];
  private final double[] table = new double[784 * HIDDEN];
  private final double[] gradient = new double[784 * HIDDEN];
  private final double[] row = new double[HIDDEN];
  private final double[] c1 = new double[HIDDEN];
  private final double[] c3 = new double[HIDDEN];
  private final double[] c5 = new double[HIDDEN];
  private final int[] pixels = new int[ROWS];
  private final double[] values = new double[ROWS];

  @Setup
  public void setUp() {
    k = kernels.equals("vector") ? RowKernels.best() : RowKernels.plain();
    if (kernels.equals("vector") && !k.vectorised()) {
      throw new IllegalStateException("the Vector API is not available in this fork");
    }
    Random random = new Random(1);
    for (int i = 0; i < weights.length; i++) {
      weights[i] = random.nextGaussian() * 0.01;
      table[i] = random.nextGaussian();
    }
    for (int l = 0; l < HIDDEN; l++) {
      c1[l] = random.nextGaussian();
      c3[l] = random.nextGaussian();
      c5[l] = random.nextGaussian();
    }
    for (int p = 0; p < ROWS; p++) {
      pixels[p] = random.nextInt(784);
      values[p] = (1 + random.nextInt(255)) / 255.0;
    }
  }

  /** a1 += x_i · W1[i][·] for each non-zero pixel. */
  @Benchmark
  public double[] forwardRows() {
    java.util.Arrays.fill(row, 0.0);
    for (int p = 0; p < ROWS; p++) {
      k.addScaled(row, 0, values[p], weights, pixels[p] * HIDDEN, HIDDEN);
    }
    return row;
  }

  /** ∂W1[i][·] += table[value of pixel i][·] for each non-zero pixel. */
  @Benchmark
  public double[] gatherRows() {
    for (int p = 0; p < ROWS; p++) {
      k.add(gradient, pixels[p] * HIDDEN, table, (p % DISTINCT) * HIDDEN, HIDDEN);
    }
    return gradient;
  }

  /** table[v][·] = F(h·v) for each distinct value. */
  @Benchmark
  public double[] fillTable() {
    for (int u = 0; u < DISTINCT; u++) {
      k.oddPolynomial(table, u * HIDDEN, 1e-4 * values[u], c1, c3, c5, HIDDEN);
    }
    return table;
  }
}
