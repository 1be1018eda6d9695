package mnistmlp.gradient;

import java.util.Arrays;
import mnistmlp.data.Batch;
import mnistmlp.gradient.fast.BatchSlice;
import mnistmlp.gradient.fast.RowKernels;
import mnistmlp.gradient.fast.Workers;
import mnistmlp.math.Numbers;
import mnistmlp.network.Parameters;
import mnistmlp.network.TwoLayerNet;

/**
 * The notes' numerical gradient, (L(θ+h) − L(θ−h)) / 2h for every parameter θ with the same h,
 * computed in about the time of backpropagation instead of two forward passes per parameter.
 *
 * <p><b>The idea.</b> The naive method recomputes the whole batch's loss 79,520 times, yet one
 * perturbation changes very little of the forward pass:
 *
 * <ul>
 *   <li>W1[i][j] ± h moves one hidden pre-activation, a1_j, by ±h·x_i, and only in the images whose
 *       pixel i is not zero (about 80% of MNIST pixels are zero, and they change nothing at all);
 *   <li>b1[j] ± h moves a1_j by ±h in every image;
 *   <li>W2[j][k] ± h moves one logit, a2_k, by ±h·z_j; b2[k] ± h moves it by ±h.
 * </ul>
 *
 * So L(θ+h) − L(θ−h) is a sum over the affected images of how much each image's loss changes when
 * one number of its cached forward pass moves. This class runs each image's forward pass once,
 * then gets those per-image changes cheaply:
 *
 * <ul>
 *   <li><b>Pixel-value caching (exact).</b> The change for (image, unit j, pixel i) depends on the
 *       pixel only through its value, so it is computed once per distinct value (at most 256 for
 *       bytes, about 66 per MNIST image) and shared by all the pixels with that value. The numbers
 *       are bit-for-bit the ones a per-pixel loop would compute.
 *   <li><b>Series with a guard.</b> The change is an odd function of the step ε plus an even part
 *       that cancels between +h and −h: F(ε) = c1·ε + c3·ε³ + c5·ε⁵ + …. The coefficients come
 *       from exact identities (softmax's ratio form, the sigmoid's σ' = σ(1 − σ), the moments of
 *       the outgoing weights) once per image and unit; then each value costs a few
 *       multiplications instead of a sigmoid, ten exponentials and a logarithm. The series is used
 *       only where Cauchy's estimate bounds the omitted terms by about 1e−18 per image (with the
 *       notes' h = 1e−4 and pixels in [0, 1], that is everywhere unless a unit's outgoing weights
 *       span more than about 48); everywhere else the change is computed exactly, by re-running
 *       that image's softmax and cross-entropy.
 *   <li><b>Cores and vectors.</b> The images are split across threads; the inner row loops use the
 *       Vector API when the JVM has {@code --add-modules jdk.incubator.vector}, plain loops
 *       otherwise, with identical results.
 * </ul>
 *
 * Nothing is dropped: h is the same, both signs are evaluated, every affected image is summed, and
 * the 1e−7 guard of the cross-entropy is part of every loss. The result agrees with
 * {@link NaiveNumericalGradient} to about 1e−11 (tests require 1e−9 on every entry).
 *
 * <p>Instances keep their working arrays between calls (no allocation per parameter, little per
 * call) and are therefore not meant to be shared between threads that compute at the same time.
 */
public final class FastNumericalGradient implements GradientMethod {
  private final double h;
  private final int threads;
  private final RowKernels kernels;
  private BatchSlice[] slices = new BatchSlice[0];
  private double[][][] sliceGradients = new double[0][][];

  /** h = 1e−4 like the notes, all cores, the Vector API if this JVM has it. */
  public FastNumericalGradient() {
    this(NaiveNumericalGradient.DEFAULT_H);
  }

  public FastNumericalGradient(double h) {
    this(h, Runtime.getRuntime().availableProcessors(), RowKernels.best());
  }

  private FastNumericalGradient(double h, int threads, RowKernels kernels) {
    Numbers.requirePositiveFinite("h", h);
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, got " + threads);
    }
    this.h = h;
    this.threads = threads;
    this.kernels = kernels;
  }

  /** The same method on {@code threads} threads (1 = only the calling thread). */
  public FastNumericalGradient withThreads(int threads) {
    return new FastNumericalGradient(h, threads, kernels);
  }

  /**
   * The same method with ({@code true}) or without the Vector API. Asking for it when the module
   * is missing throws, with the flag that enables it.
   */
  public FastNumericalGradient withVectorApi(boolean use) {
    if (use && !vectorApiAvailable()) {
      throw new IllegalStateException(
          "the Vector API is not available: start the JVM with --add-modules jdk.incubator.vector");
    }
    return new FastNumericalGradient(h, threads, use ? RowKernels.best() : RowKernels.plain());
  }

  /** Whether this JVM has {@code jdk.incubator.vector} (started with {@code --add-modules}). */
  public static boolean vectorApiAvailable() {
    return RowKernels.vectorApiAvailable();
  }

  /** How to enable the Vector API, for messages. */
  public static final String VECTOR_API_HINT =
      "start java with --add-modules jdk.incubator.vector (or export JDK_JAVA_OPTIONS=\"--add-modules jdk.incubator.vector\")";

  @Override
  public String name() {
    return "fast";
  }

  public double h() {
    return h;
  }

  public int threads() {
    return threads;
  }

  public boolean usesVectorApi() {
    return kernels.vectorised();
  }

  /** How many per-image loss changes were computed exactly, not by series, since this was created. */
  public long exactEvaluations() {
    long total = 0;
    for (BatchSlice slice : slices) {
      total += slice.exactEvaluations();
    }
    return total;
  }

  @Override
  public String toString() {
    return "FastNumericalGradient[h=" + h + ", threads=" + threads + ", vector API=" + usesVectorApi() + "]";
  }

  @Override
  public synchronized Parameters gradient(TwoLayerNet net, Batch batch) {
    Parameters p = net.params();
    int inputs = p.inputSize();
    int hidden = p.hiddenSize();
    int classes = p.outputSize();
    if (batch.x().cols() != inputs) {
      throw new IllegalArgumentException(
          "input " + batch.x().shape() + " does not fit W1 " + p.w1().shape() + ": need " + inputs + " columns");
    }
    for (int label : batch.t()) {
      if (label < 0 || label >= classes) {
        throw new IllegalArgumentException("label " + label + " is not a class of the network's " + classes);
      }
    }
    Parameters gradient = p.zerosLike();
    int n = batch.size();
    if (n == 0) {
      return gradient;
    }
    // With several threads the batch is cut into twice as many shares, so that a thread that
    // finds no free core does not hold the others up for long. Each share adds into its own arrays.
    int shares = threads == 1 ? 1 : Math.min(n, 2 * threads);
    prepare(shares, inputs, hidden, classes);

    double[] spread = outgoingWeightSpread(p.w2().data(), hidden, classes);
    Runnable[] work = new Runnable[shares];
    for (int t = 0; t < shares; t++) {
      BatchSlice slice = slices[t];
      double[][] out = t == 0 ? dataOf(gradient) : clearedSliceGradient(t);
      int from = (int) ((long) n * t / shares);
      int to = (int) ((long) n * (t + 1) / shares);
      work[t] = () -> slice.accumulate(
          batch.x().data(), batch.t(), from, to,
          p.w1().data(), p.b1().data(), p.w2().data(), p.b2().data(), h, spread,
          out[0], out[1], out[2], out[3]);
    }
    Workers.run(threads, work);

    double[][] total = dataOf(gradient);
    for (int t = 1; t < shares; t++) {
      for (int q = 0; q < 4; q++) {
        kernels.add(total[q], 0, sliceGradients[t][q], 0, total[q].length);
      }
    }
    // Each entry now holds Σ_n (ℓ_n(θ+h) − ℓ_n(θ−h)); L is the mean, so divide by N as well as 2h.
    double scale = 1.0 / (2 * h * n);
    for (double[] g : total) {
      for (int k = 0; k < g.length; k++) {
        g[k] *= scale;
      }
    }
    return gradient;
  }

  private void prepare(int shares, int inputs, int hidden, int classes) {
    if (slices.length < shares || !slices[0].fits(inputs, hidden, classes)) {
      slices = new BatchSlice[shares];
      sliceGradients = new double[shares][][];
      for (int t = 0; t < shares; t++) {
        slices[t] = new BatchSlice(inputs, hidden, classes, kernels);
        sliceGradients[t] = new double[][] {
          new double[inputs * hidden], new double[hidden], new double[hidden * classes], new double[classes]
        };
      }
    }
  }

  private double[][] clearedSliceGradient(int t) {
    for (double[] g : sliceGradients[t]) {
      Arrays.fill(g, 0.0);
    }
    return sliceGradients[t];
  }

  private static double[][] dataOf(Parameters g) {
    return new double[][] {g.w1().data(), g.b1().data(), g.w2().data(), g.b2().data()};
  }

  /** max_k W2[j][k] − min_k W2[j][k]: how far apart unit j can push the logits (the series' guard). */
  private static double[] outgoingWeightSpread(double[] w2, int hidden, int classes) {
    double[] spread = new double[hidden];
    for (int j = 0; j < hidden; j++) {
      double max = Double.NEGATIVE_INFINITY;
      double min = Double.POSITIVE_INFINITY;
      for (int k = 0; k < classes; k++) {
        max = Math.max(max, w2[j * classes + k]);
        min = Math.min(min, w2[j * classes + k]);
      }
      spread[j] = max - min;
    }
    return spread;
  }
}
