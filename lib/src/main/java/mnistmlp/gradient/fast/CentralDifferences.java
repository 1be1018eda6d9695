package mnistmlp.gradient.fast;

import java.util.Arrays;
import mnistmlp.data.Batch;
import mnistmlp.gradient.GradientMethod;
import mnistmlp.math.Numbers;
import mnistmlp.network.ForwardPass;
import mnistmlp.network.Parameters;
import mnistmlp.network.Products;
import mnistmlp.network.SparseRows;
import mnistmlp.network.Team;
import mnistmlp.network.TwoLayerNet;

/**
 * The notes' central differences (L(θ+h) − L(θ−h)) / 2h for every parameter of a batch. L is the
 * mean of the images' losses, so its change is the mean of theirs, and one nudge changes an
 * image's loss only through one hidden pre-activation or one logit:
 *
 * <ol>
 *   <li>W1[i][j] ± h moves a1_j by ±h·x_i, only in images whose pixel i is not 0;
 *   <li>b1[j] ± h moves a1_j by ±h, like a pixel of value 1;
 *   <li>W2[j][k] ± h moves logit k by ±h·z_j, and b2[k] ± h moves it by ±h.
 * </ol>
 *
 * First each image is taken through its forward pass once and its loss changes found, on the
 * cores, each image into its own rows: evaluated ({@link EvaluatedLossChanges}, once per distinct
 * pixel value) or, where its bound holds, as the coefficients of their series
 * ({@link SeriesLossChanges}). Then every parameter's changes are summed over the images, n
 * ascending; the series' W1 terms F_j(ε) = ε(c1 + ε²c3) at ε = h·x_i
 * along the columns of the inputs, the way backprop forms xᵀ·δ. Which thread ran which image
 * changes no sum. Working arrays are kept between calls; a call holds the instance's lock.
 */
public abstract class CentralDifferences implements GradientMethod {
  private final double h;
  private final int threads;
  private final boolean series;
  private final ForwardPass forward;
  private EvaluatedLossChanges[] changes = new EvaluatedLossChanges[0];
  private ImageForward[] images = new ImageForward[0];
  // Per image i: the hidden units' series coefficients (0 where evaluated), how many units are
  // evaluated, their W1 changes by distinct pixel value, and the changes for b1, W2 and b2.
  private double[][] c1 = new double[0][];
  private double[][] c3 = new double[0][];
  private int[] unitsEvaluated = new int[0];
  private double[][][] byValue = new double[0][][];
  private int[] entrySlot = new int[0];
  private double[][] b1Changes = new double[0][];
  private double[][] w2Changes = new double[0][];
  private double[][] b2Changes = new double[0][];
  private long seriesSteps;
  private long evaluatedSteps;

  /**
   * {@code series}: loss changes from their series where its bound holds (the fast gradient). The
   * images go out in 2·{@code threads} shares among the {@link Team}'s threads, or all stay on the
   * caller for 1 thread.
   */
  protected CentralDifferences(double h, int threads, boolean series) {
    this.h = Numbers.requirePositiveFinite("h", h);
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, got " + threads);
    }
    this.threads = threads;
    this.series = series;
    this.forward = new ForwardPass(threads > 1);
  }

  @Override
  public String toString() {
    return getClass().getSimpleName() + "[h=" + h + ", threads=" + threads + "]";
  }

  /** Loss changes the series gave, since this was created. */
  public synchronized long seriesSteps() {
    return seriesSteps;
  }

  /** Loss changes evaluated because the series' bound did not hold (or there is none), since this was created. */
  public synchronized long exactEvaluations() {
    return evaluatedSteps;
  }

  @Override
  public Parameters gradient(TwoLayerNet net, Batch batch) {
    return gradient(net, SparseRows.of(batch.x()), batch.t());
  }

  @Override
  public synchronized void gradient(TwoLayerNet net, SparseRows x, int[] t, Parameters gradient) {
    Parameters p = net.params();
    gradient.requireShapesOf(p);
    forward.run(p, x); // every image's a1, z, a2, y at once
    forward.requireLabels(t);
    int n = t.length;
    if (n == 0) {
      gradient.setTo(p.zerosLike());
      return;
    }
    prepare(n, x.entries(), p);
    int shares = threads == 1 ? 1 : Math.min(n, 2 * threads);
    double largestStep = largestStep(x);
    Team.cores().run(shares, s -> {
      changes[s].startBatch(p.w2().data(), h, largestStep);
      for (int i = (int) ((long) n * s / shares); i < (long) n * (s + 1) / shares; i++) {
        changesOfImage(i, x, t[i], changes[s], images[s]);
      }
    });
    count(x, n, p.hiddenSize(), p.outputSize());
    double[] w1 = gradient.w1().data();
    Arrays.fill(w1, 0.0); // the sums below add to it
    if (series) {
      x.indexColumns();
      Products.inParallel(x.cols(), threads > 1 ? 3L * x.entries() * p.hiddenSize() : 0, x::columnStart,
          (from, to) -> seriesW1Sums(x, from, to, w1, new double[p.hiddenSize()]));
    }
    addEvaluatedW1Changes(x, n, p.hiddenSize(), w1);
    // Each entry sums ℓ_n(θ+h) − ℓ_n(θ−h) over the images; L is their mean: divide by 2h·N.
    double scale = 1.0 / (2 * h * n);
    scale(w1, scale);
    sumImages(b1Changes, n, gradient.b1().data(), scale);
    sumImages(w2Changes, n, gradient.w2().data(), scale);
    sumImages(b2Changes, n, gradient.b2().data(), scale);
  }

  /** Image i's coefficients, its evaluated W1 changes, and its changes for b1, W2 and b2. */
  private void changesOfImage(int i, SparseRows x, int label, EvaluatedLossChanges f, ImageForward image) {
    image.view(forward, i, label);
    f.startImage(image);
    f.hiddenCoefficients(c1[i], c3[i]);
    unitsEvaluated[i] = f.unitsEvaluated;
    if (unitsEvaluated[i] > 0) {
      evaluateByValue(i, x, f, image);
    }
    f.hiddenUnits(h, b1Changes[i]);
    int classes = b2Changes[i].length;
    for (int j = 0; j < image.hidden; j++) {
      f.logits(h * image.z[j], w2Changes[i], j * classes);
    }
    f.logits(h, b2Changes[i], 0);
  }

  /** The evaluated units' W1 changes once per distinct pixel value of image i, 0 for the others. */
  private void evaluateByValue(int i, SparseRows x, EvaluatedLossChanges f, ImageForward image) {
    image.numberValues(x, i, entrySlot);
    int values = image.distinctValues();
    if (byValue[i].length < values) {
      byValue[i] = new double[Math.max(values, 2 * byValue[i].length)][image.hidden];
    }
    for (int u = 0; u < values; u++) {
      double epsilon = h * image.distinctValue[u];
      for (int j = 0; j < image.hidden; j++) {
        byValue[i][u][j] = f.hiddenEvaluated[j] ? f.hiddenUnit(j, epsilon) : 0.0; // the series' are summed apart
      }
    }
  }

  /**
   * out[k·hidden + j] = Σ_n F_nj(h·x[n][k]) by the series, for columns from..to, n ascending (out
   * modified; {@code sum}, of length hidden, is work space).
   */
  private void seriesW1Sums(SparseRows x, int from, int to, double[] out, double[] sum) {
    for (int k = from; k < to; k++) {
      Arrays.fill(sum, 0.0);
      for (int e = x.columnStart(k); e < x.columnStart(k + 1); e++) {
        double epsilon = h * x.valueByColumn(e);
        double e2 = epsilon * epsilon;
        double[] a = c1[x.rowByColumn(e)];
        double[] b = c3[x.rowByColumn(e)];
        for (int j = 0; j < sum.length; j++) {
          sum[j] += epsilon * (a[j] + e2 * b[j]);
        }
      }
      System.arraycopy(sum, 0, out, k * sum.length, sum.length);
    }
  }

  /** Adds to W1's sums (modified) the evaluated changes, image by image. */
  private void addEvaluatedW1Changes(SparseRows x, int n, int hidden, double[] w1) {
    for (int i = 0; i < n; i++) {
      for (int e = x.rowStart(i); unitsEvaluated[i] > 0 && e < x.rowStart(i + 1); e++) {
        double[] row = byValue[i][entrySlot[e]];
        int offset = x.column(e) * hidden;
        for (int j = 0; j < hidden; j++) {
          w1[offset + j] += row[j];
        }
      }
    }
  }

  /** Counts the batch's loss changes: W1 for each non-zero pixel and b1 per unit, W2 and b2 per logit. */
  private void count(SparseRows x, int n, int hidden, int classes) {
    long logitChanges = (long) n * (hidden + 1) * classes;
    long evaluated = changes[0].logitsEvaluated ? logitChanges : 0;
    for (int i = 0; i < n; i++) {
      evaluated += (x.rowStart(i + 1) - x.rowStart(i) + 1L) * unitsEvaluated[i];
    }
    evaluatedSteps += evaluated;
    seriesSteps += (x.rowStart(n) + (long) n) * hidden + logitChanges - evaluated;
  }

  /** h·max(1, largest |x_i| of the batch): no nudge moves an a1 or a logit further. */
  private double largestStep(SparseRows x) {
    double largestPixel = 0;
    for (int e = 0; e < x.entries(); e++) {
      largestPixel = Math.max(largestPixel, Math.abs(x.value(e)));
    }
    return h * Math.max(1.0, largestPixel);
  }

  /** out = factor · Σ_i rows[i], i ascending (out modified). */
  private static void sumImages(double[][] rows, int n, double[] out, double factor) {
    Products.sumRows(rows, n, out);
    scale(out, factor);
  }

  private static void scale(double[] a, double factor) {
    for (int k = 0; k < a.length; k++) {
      a[k] *= factor;
    }
  }

  private void prepare(int n, int entries, Parameters p) {
    int hidden = p.hiddenSize();
    int classes = p.outputSize();
    int shares = 2 * threads;
    if (changes.length < shares || !images[0].fits(p.inputSize(), hidden, classes)) {
      changes = new EvaluatedLossChanges[shares];
      images = new ImageForward[shares];
      for (int s = 0; s < shares; s++) {
        changes[s] = series ? new SeriesLossChanges(hidden, classes) : new EvaluatedLossChanges(hidden, classes);
        images[s] = new ImageForward(p.inputSize(), hidden, classes);
      }
      c1 = new double[0][];
    }
    if (c1.length < n) {
      c1 = new double[n][hidden];
      c3 = new double[n][hidden];
      unitsEvaluated = new int[n];
      byValue = new double[n][0][];
      b1Changes = new double[n][hidden];
      w2Changes = new double[n][hidden * classes];
      b2Changes = new double[n][classes];
    }
    entrySlot = entrySlot.length >= entries ? entrySlot : new int[entries];
  }
}
