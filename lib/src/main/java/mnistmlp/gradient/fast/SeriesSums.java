package mnistmlp.gradient.fast;

import java.util.stream.IntStream;
import mnistmlp.data.Batch;
import mnistmlp.network.ForwardPass;
import mnistmlp.network.Parameters;
import mnistmlp.network.Products;
import mnistmlp.network.SparseRows;
import mnistmlp.network.TwoLayerNet;

/**
 * The fast gradient for a whole batch, in two stages. First every image's series coefficients and
 * its own loss changes for b1, W2 and b2, each image into its own rows (on the cores, in fixed
 * shares). Then each parameter's sum over the images, n ascending: W1's along the columns of the
 * inputs, the way backprop forms xᵀ·δ, adding F_j(h·x_i) = ε(c1 + ε²(c3 + ε²c5)) at ε = h·x_i for
 * each non-zero pixel. Which thread ran which image does not change a single sum.
 *
 * <p>Where the series' bound fails for a hidden unit of an image, its coefficients are 0 and that
 * unit's changes are evaluated instead and added after the kernel. Working arrays are kept between
 * calls; a call holds the instance's lock.
 */
public final class SeriesSums {
  private final double h;
  private final int threads;
  private final ForwardPass forward;
  private SeriesLossChanges[] shares = new SeriesLossChanges[0];
  private ImageForward[] images = new ImageForward[0];
  // Per image n: the hidden units' coefficients (0 where evaluated), its b1, W2 and b2 changes.
  private double[][] c1 = new double[0][];
  private double[][] c3 = new double[0][];
  private double[][] c5 = new double[0][];
  private double[][] b1Changes = new double[0][];
  private double[][] w2Changes = new double[0][];
  private double[][] b2Changes = new double[0][];
  private int[] unitsEvaluated = new int[0];
  private long seriesSteps;
  private long evaluatedSteps;

  public SeriesSums(double h, int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, got " + threads);
    }
    this.h = h;
    this.threads = threads;
    this.forward = new ForwardPass(threads > 1);
  }

  /** Loss changes the series gave since this was created. */
  public synchronized long seriesSteps() {
    return seriesSteps;
  }

  /** Loss changes the series could not give, evaluated instead, since this was created. */
  public synchronized long evaluatedSteps() {
    return evaluatedSteps;
  }

  public Parameters gradient(TwoLayerNet net, Batch batch) {
    net.requireInputs(batch.x());
    return gradient(net, SparseRows.of(batch.x()), batch.t());
  }

  /** The same for a batch given by its inputs' non-zero entries and its labels. */
  public synchronized Parameters gradient(TwoLayerNet net, SparseRows x, int[] t) {
    Parameters p = net.params();
    forward.run(p, x); // every image's a1, z, a2, y at once
    forward.requireLabels(t);
    Parameters gradient = p.zerosLike();
    int n = t.length;
    if (n == 0) {
      return gradient;
    }
    prepare(n, p);
    Weights weights = Weights.of(p);
    int shareCount = threads == 1 ? 1 : Math.min(n, 2 * threads);
    IntStream each = IntStream.range(0, shareCount);
    (threads == 1 ? each : each.parallel()).forEach(s -> {
      shares[s].startBatch(weights, h);
      for (int i = (int) ((long) n * s / shareCount); i < (long) n * (s + 1) / shareCount; i++) {
        perImage(i, x, t[i], shares[s], images[s]);
      }
    });
    for (int s = 0; s < shareCount; s++) {
      seriesSteps += shares[s].seriesSteps();
      evaluatedSteps += shares[s].evaluatedSteps();
    }
    double[] w1 = gradient.w1().data();
    int hidden = p.hiddenSize();
    x.indexColumns();
    long work = 3L * x.entries() * hidden;
    Products.inParallel(x.cols(), threads > 1 ? work : 0, x::columnStart,
        (from, to) -> w1Sums(x, from, to, hidden, w1, new double[hidden]));
    evaluateWhereTheSeriesMayNot(x, t, w1);
    // Each entry sums ℓ_n(θ+h) − ℓ_n(θ−h) over the images; L is their mean: divide by 2h·N.
    double scale = 1.0 / (2 * h * n);
    scale(w1, scale);
    sumImages(b1Changes, n, gradient.b1().data(), scale);
    sumImages(w2Changes, n, gradient.w2().data(), scale);
    sumImages(b2Changes, n, gradient.b2().data(), scale);
    return gradient;
  }

  /** Image i's coefficients and its changes for b1, W2 and b2 (a step of h·z_j or h for a logit). */
  private void perImage(int i, SparseRows x, int label, SeriesLossChanges series, ImageForward image) {
    image.view(forward, i, label);
    series.startImage(image, largestStep(x, i));
    unitsEvaluated[i] = series.hiddenCoefficients(c1[i], c3[i], c5[i]);
    series.countSteps(x.rowStart(i + 1) - x.rowStart(i), unitsEvaluated[i]);
    series.hiddenUnits(h, b1Changes[i], 0);
    int classes = b2Changes[i].length;
    for (int j = 0; j < image.hidden; j++) {
      double step = h * image.z[j];
      for (int k = 0; k < classes; k++) {
        w2Changes[i][j * classes + k] = series.logit(k, step);
      }
    }
    for (int k = 0; k < classes; k++) {
      b2Changes[i][k] = series.logit(k, h);
    }
  }

  /**
   * out[k·hidden + j] = Σ_n F_nj(h·x[n][k]) for columns from..to, n ascending (out modified;
   * {@code sum}, of length hidden, is work space).
   */
  private void w1Sums(SparseRows x, int from, int to, int hidden, double[] out, double[] sum) {
    for (int k = from; k < to; k++) {
      if (x.columnStart(k) == x.columnStart(k + 1)) {
        continue; // a pixel that is 0 in every image: its W1 row cannot move the loss
      }
      java.util.Arrays.fill(sum, 0.0);
      for (int e = x.columnStart(k); e < x.columnStart(k + 1); e++) {
        double epsilon = h * x.valueByColumn(e);
        double e2 = epsilon * epsilon;
        double[] a = c1[x.rowByColumn(e)];
        double[] b = c3[x.rowByColumn(e)];
        double[] c = c5[x.rowByColumn(e)];
        for (int j = 0; j < hidden; j++) {
          sum[j] += epsilon * (a[j] + e2 * (b[j] + e2 * c[j]));
        }
      }
      System.arraycopy(sum, 0, out, k * hidden, hidden);
    }
  }

  /** Adds to W1's sums (modified) the changes of the hidden units whose coefficients were left 0. */
  private void evaluateWhereTheSeriesMayNot(SparseRows x, int[] t, double[] w1) {
    SeriesLossChanges series = shares[0];
    ImageForward image = images[0];
    int hidden = c1[0].length;
    for (int i = 0; i < t.length; i++) {
      if (unitsEvaluated[i] == 0) {
        continue;
      }
      image.view(forward, i, t[i]);
      series.startImage(image, largestStep(x, i));
      for (int e = x.rowStart(i); e < x.rowStart(i + 1); e++) {
        for (int j = 0; j < hidden; j++) {
          if (series.hiddenEvaluated(j)) {
            w1[x.column(e) * hidden + j] += series.hiddenUnit(j, h * x.value(e));
          }
        }
      }
    }
  }

  /** h·max(1, largest |x_i| of image i): no nudge of the image moves a1 or a logit further. */
  private double largestStep(SparseRows x, int i) {
    double largestPixel = 0;
    for (int e = x.rowStart(i); e < x.rowStart(i + 1); e++) {
      largestPixel = Math.max(largestPixel, Math.abs(x.value(e)));
    }
    return h * Math.max(1.0, largestPixel);
  }

  private static void scale(double[] a, double factor) {
    for (int k = 0; k < a.length; k++) {
      a[k] *= factor;
    }
  }

  /** out = factor · Σ_n rows[n], n ascending (out modified: it starts at 0). */
  private static void sumImages(double[][] rows, int n, double[] out, double factor) {
    for (int i = 0; i < n; i++) {
      for (int k = 0; k < out.length; k++) {
        out[k] += rows[i][k];
      }
    }
    scale(out, factor);
  }

  private void prepare(int n, Parameters p) {
    int hidden = p.hiddenSize();
    int classes = p.outputSize();
    int shareCount = 2 * threads;
    if (shares.length < shareCount || !images[0].fits(p.inputSize(), hidden, classes)) {
      shares = new SeriesLossChanges[shareCount];
      images = new ImageForward[shareCount];
      for (int s = 0; s < shareCount; s++) {
        shares[s] = new SeriesLossChanges(hidden, classes);
        images[s] = new ImageForward(p.inputSize(), hidden, classes);
      }
      c1 = new double[0][];
    }
    if (c1.length < n) {
      c1 = new double[n][hidden];
      c3 = new double[n][hidden];
      c5 = new double[n][hidden];
      b1Changes = new double[n][hidden];
      w2Changes = new double[n][hidden * classes];
      b2Changes = new double[n][classes];
      unitsEvaluated = new int[n];
    }
  }
}
