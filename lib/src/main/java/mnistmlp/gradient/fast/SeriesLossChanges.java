package mnistmlp.gradient.fast;

import java.util.Arrays;
import mnistmlp.functions.SoftmaxCrossEntropy;

/**
 * Loss changes from a truncated power series in ε (Taylor mode): F(ε) = ℓ(ε) − ℓ(−ε), in which
 * the even powers cancel, is c1·ε + c3·ε³ + c5·ε⁵ + …, with c1 = 2·s·(y − t) for a logit and
 * 2·σ′·(W2·s(y − t)) for a hidden unit, twice backpropagation's derivatives. The series is cut
 * after ε³ where {@link SeriesBound} shows, for the whole batch, that the terms left out are
 * negligible, else after ε⁵; wherever it cannot show that even then, the change is evaluated
 * instead, as the superclass does. Cutting after ε³ does not change c1 and c3: a coefficient of
 * a product, quotient or logarithm of series needs only the coefficients up to its own power.
 *
 * <p><b>What is expanded.</b> Nudging logits by d_k changes the true class's probability from y_t
 * to y_t·ρ, ρ = e^(d_t) / Σ_k y_k e^(d_k); the loss −log(y_t + δ) then changes exactly by
 * −log(1 + s·(ρ − 1)) with s = y_t / (y_t + δ), which keeps the 1e−7 guard δ. For a logit k,
 * d_k = ε and nothing else moves. For a hidden unit j, d_k = W2[j][k]·Δz with
 * Δz = σ(a + ε) − σ(a), so Σ_k y_k e^(d_k) = 1 + Σ_m M_m·Δz^m / m! with the moments
 * M_m = Σ_k y_k·W2[j][k]^m: the ten classes collapse into three (or five) numbers per unit.
 *
 * <p>A series is stored as {@code s[p][lane]}, the coefficient of ε^p in one lane (one hidden unit
 * or one class), so the inner loops run over plain arrays; products forget powers above the
 * degree.
 */
final class SeriesLossChanges extends EvaluatedLossChanges {
  static final int MAX_DEGREE = 5;
  private static final double[] INVERSE_FACTORIAL = {1, 1, 1 / 2.0, 1 / 6.0, 1 / 24.0, 1 / 120.0};

  private final int hidden;
  private final int classes;
  private final double[] spread; // per hidden unit, max_k W2[j][k] − min_k W2[j][k]

  // Series scratch, one lane per hidden unit or class.
  private final double[][][] powers; // powers[m] = (Δz or g)^m
  private final double[][] numerator; // ρ − 1 after the division
  private final double[][] denominatorMinusOne;
  private final double[][] hiddenLanes; // per-unit scratch of forHiddenUnits
  private final double[][] w2ByClass; // W2ᵀ: row k holds W2[·][k]

  // The current image: per hidden unit the moments of W2[j][·] under y, and the coefficients.
  private final double[][] moments;
  private final double[][] hiddenC;
  private final double[][] logitC;

  SeriesLossChanges(int hidden, int classes) {
    super(hidden, classes);
    this.hidden = hidden;
    this.classes = classes;
    int lanes = Math.max(hidden, classes);
    powers = new double[MAX_DEGREE + 1][MAX_DEGREE + 1][lanes];
    numerator = new double[MAX_DEGREE + 1][lanes];
    denominatorMinusOne = new double[MAX_DEGREE + 1][lanes];
    spread = new double[hidden];
    w2ByClass = new double[classes][hidden];
    hiddenLanes = new double[3][hidden];
    moments = new double[MAX_DEGREE + 1][hidden];
    hiddenC = new double[3][hidden];
    logitC = new double[3][classes];
  }

  @Override
  void startBatch(double[] w2, double h, double largestStep) {
    super.startBatch(w2, h, largestStep);
    for (int j = 0; j < hidden; j++) {
      double max = Double.NEGATIVE_INFINITY, min = Double.POSITIVE_INFINITY;
      for (int k = 0; k < classes; k++) {
        w2ByClass[k][j] = w2[j * classes + k];
        max = Math.max(max, w2[j * classes + k]);
        min = Math.min(min, w2[j * classes + k]);
      }
      spread[j] = max - min;
    }
    // W2[j][k] moves logit k by h·z_j, b2[k] by h: h is the largest logit step of every image.
    degree = fits(3, h, largestStep) ? 3 : MAX_DEGREE;
    boolean bounded = degree < MAX_DEGREE; // fits already showed that ε³ gives every change
    unitsEvaluated = 0;
    for (int j = 0; j < hidden; j++) {
      hiddenEvaluated[j] = !bounded && largestStep > SeriesBound.hiddenLargestStep(spread[j], h, degree);
      unitsEvaluated += hiddenEvaluated[j] ? 1 : 0;
    }
    logitsEvaluated = !bounded && h > SeriesBound.logitLargestStep(h, degree);
  }

  /** Whether the series of this degree may give every loss change of the batch. */
  private boolean fits(int degree, double h, double largestStep) {
    boolean fits = h <= SeriesBound.logitLargestStep(h, degree);
    for (int j = 0; fits && j < hidden; j++) {
      fits = largestStep <= SeriesBound.hiddenLargestStep(spread[j], h, degree);
    }
    return fits;
  }

  @Override
  void startImage(ImageForward image) {
    super.startImage(image);
    double s = SoftmaxCrossEntropy.guardFactor(image.y[image.label]);
    // M_m[j] = Σ_k y_k·W2[j][k]^m, k ascending, with the hidden units as lanes.
    for (int m = 1; m <= degree; m++) {
      Arrays.fill(moments[m], 0.0);
    }
    double[] yw = numerator[0]; // scratch
    for (int k = 0; k < classes; k++) {
      Arrays.fill(yw, 0, hidden, image.y[k]);
      for (int m = 1; m <= degree; m++) {
        for (int j = 0; j < hidden; j++) {
          yw[j] *= w2ByClass[k][j];
          moments[m][j] += yw[j];
        }
      }
    }
    forHiddenUnits(s);
    forLogits(s);
  }

  @Override
  void hiddenUnits(double epsilon, double[] out) {
    double e2 = epsilon * epsilon;
    double[] c1 = hiddenC[0], c3 = hiddenC[1], c5 = hiddenC[2];
    for (int j = 0; j < hidden; j++) {
      out[j] = epsilon * (c1[j] + e2 * (c3[j] + e2 * c5[j]));
    }
    for (int j = 0; unitsEvaluated > 0 && j < hidden; j++) {
      if (hiddenEvaluated[j]) {
        out[j] = hiddenUnit(j, epsilon);
      }
    }
  }

  @Override
  void hiddenCoefficients(double[] c1, double[] c3, double[] c5) {
    for (int j = 0; j < hidden; j++) {
      boolean series = !hiddenEvaluated[j];
      c1[j] = series ? hiddenC[0][j] : 0.0;
      c3[j] = series ? hiddenC[1][j] : 0.0;
      c5[j] = series ? hiddenC[2][j] : 0.0;
    }
  }

  @Override
  void logits(double epsilon, double[] out, int offset) {
    if (logitsEvaluated) {
      super.logits(epsilon, out, offset);
      return;
    }
    double e2 = epsilon * epsilon;
    double[] c1 = logitC[0], c3 = logitC[1], c5 = logitC[2];
    for (int k = 0; k < classes; k++) {
      out[offset + k] = epsilon * (c1[k] + e2 * (c3[k] + e2 * c5[k]));
    }
  }

  private void forHiddenUnits(double s) {
    // Δz(ε) = σ(a + ε) − σ(a): the sigmoid's series without its constant term.
    double[][] dz = powers[1];
    sigmoidAround(image.z, dz, hidden, degree);
    Arrays.fill(dz[0], 0, hidden, 0.0);
    for (int m = 2; m <= degree; m++) {
      multiplyWithoutConstants(powers[m - 1], m - 1, dz, powers[m], hidden, degree);
    }
    // ρ − 1 = (e^(d_t) − Σ_k y_k e^(d_k)) / Σ_k y_k e^(d_k), both sums expanded in powers of Δz.
    for (int p = 0; p <= degree; p++) {
      Arrays.fill(denominatorMinusOne[p], 0, hidden, 0.0);
      Arrays.fill(numerator[p], 0, hidden, 0.0);
    }
    double[] trueWeightPower = hiddenLanes[0];
    Arrays.fill(trueWeightPower, 0, hidden, 1.0);
    for (int m = 1; m <= degree; m++) {
      double[] denominatorFactor = hiddenLanes[1];
      double[] numeratorFactor = hiddenLanes[2];
      for (int l = 0; l < hidden; l++) {
        trueWeightPower[l] *= w2ByClass[image.label][l];
        denominatorFactor[l] = moments[m][l] * INVERSE_FACTORIAL[m];
        numeratorFactor[l] = (trueWeightPower[l] - moments[m][l]) * INVERSE_FACTORIAL[m];
      }
      for (int p = m; p <= degree; p++) { // (Δz)^m has no power of ε below m
        for (int l = 0; l < hidden; l++) {
          denominatorMinusOne[p][l] += denominatorFactor[l] * powers[m][p][l];
          numerator[p][l] += numeratorFactor[l] * powers[m][p][l];
        }
      }
    }
    finish(s, hiddenC, hidden);
  }

  private void forLogits(double s) {
    // Only logit k moves: Σ y e^d = 1 + y_k(e^ε − 1), and e^(d_t) = e^ε if k is the label, else 1.
    Arrays.fill(numerator[0], 0, classes, 0.0);
    Arrays.fill(denominatorMinusOne[0], 0, classes, 0.0);
    for (int p = 1; p <= degree; p++) {
      for (int l = 0; l < classes; l++) {
        double expm1 = INVERSE_FACTORIAL[p];
        denominatorMinusOne[p][l] = image.y[l] * expm1;
        numerator[p][l] = (l == image.label ? expm1 : 0.0) - image.y[l] * expm1;
      }
    }
    finish(s, logitC, classes);
  }

  /** From ρ − 1 = numerator / (1 + denominatorMinusOne) to the odd part of −log(1 + s(ρ − 1)). */
  private void finish(double s, double[][] c, int lanes) {
    divideByOnePlus(numerator, denominatorMinusOne, lanes, degree);
    // g = s·(ρ − 1); log(1 + g) = g − g²/2 + g³/3 − g⁴/4 + g⁵/5 (g has no constant term).
    double[][] g = powers[1];
    for (int p = 0; p <= degree; p++) {
      for (int l = 0; l < lanes; l++) {
        g[p][l] = s * numerator[p][l];
      }
    }
    for (int m = 2; m <= degree; m++) {
      multiplyWithoutConstants(powers[m - 1], m - 1, g, powers[m], lanes, degree);
    }
    // The log's terms of ε, ε³ and ε⁵ (0 when cut after ε³), m ascending in each lane; lanes
    // innermost, so the loops vectorise.
    for (int i = 0; i < 3; i++) {
      Arrays.fill(c[i], 0, lanes, 0.0);
    }
    for (int m = 1; m <= degree; m++) {
      double sign = (m % 2 == 1 ? 1.0 : -1.0) / m;
      for (int i = 0; 2 * i + 1 <= degree; i++) {
        double[] power = powers[m][2 * i + 1];
        for (int l = 0; l < lanes; l++) {
          c[i][l] += sign * power[l];
        }
      }
    }
    // ℓ(ε) − ℓ(−ε) = −log(1 + g(ε)) + log(1 + g(−ε)): twice the odd part, negated.
    for (int i = 0; i < 3; i++) {
      for (int l = 0; l < lanes; l++) {
        c[i][l] *= -2;
      }
    }
  }

  /**
   * {@code out = a · b} for series without constant terms, where a (a power of Δz or g) has no
   * terms below ε^{@code aLowest}: the products that must vanish are skipped.
   */
  private static void multiplyWithoutConstants(
      double[][] a, int aLowest, double[][] b, double[][] out, int lanes, int degree) {
    for (int p = 0; p <= Math.min(aLowest, degree); p++) {
      Arrays.fill(out[p], 0, lanes, 0.0);
    }
    for (int p = aLowest + 1; p <= degree; p++) {
      for (int l = 0; l < lanes; l++) {
        out[p][l] = a[aLowest][l] * b[p - aLowest][l];
      }
      for (int i = aLowest + 1; i < p; i++) {
        for (int l = 0; l < lanes; l++) {
          out[p][l] += a[i][l] * b[p - i][l];
        }
      }
    }
  }

  /** {@code numerator /= (1 + denominatorMinusOne)}: long division in place, one power at a time. */
  private static void divideByOnePlus(double[][] numerator, double[][] denominatorMinusOne, int lanes, int degree) {
    for (int p = 1; p <= degree; p++) {
      for (int i = 1; i <= p; i++) {
        for (int l = 0; l < lanes; l++) {
          numerator[p][l] -= denominatorMinusOne[i][l] * numerator[p - i][l];
        }
      }
    }
  }

  /**
   * The series of σ(a + ε) around the cached z = σ(a), from σ' = σ(1 − σ): comparing the
   * coefficients of ε^p gives (p + 1)·s[p+1] = s[p] − Σ_i s[i]·s[p−i]. Only z is needed. The sum
   * is gathered in s[p+1] itself, i ascending, with the lanes innermost so that the loops vectorise.
   */
  private static void sigmoidAround(double[] z, double[][] out, int lanes, int degree) {
    System.arraycopy(z, 0, out[0], 0, lanes);
    for (int p = 0; p < degree; p++) {
      double[] next = out[p + 1];
      Arrays.fill(next, 0, lanes, 0.0);
      for (int i = 0; i <= p; i++) {
        double[] a = out[i], b = out[p - i];
        for (int l = 0; l < lanes; l++) {
          next[l] += a[l] * b[l];
        }
      }
      double[] current = out[p];
      for (int l = 0; l < lanes; l++) {
        next[l] = (current[l] - next[l]) / (p + 1);
      }
    }
  }
}
