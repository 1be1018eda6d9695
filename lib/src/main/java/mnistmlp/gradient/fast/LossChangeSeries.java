package mnistmlp.gradient.fast;

/**
 * The change of one sample's loss, as a power series in the size ε of a perturbation, for all
 * hidden units (or all output classes) of the sample at once.
 *
 * <p><b>What is expanded.</b> Nudging a logit changes the true class's probability from y_t to
 * y_t·ρ, where ρ = e^(d_t) / Σ_k y_k e^(d_k) and d_k is how much logit k moved. The loss
 * −log(y_t + δ) then changes by
 *
 * <pre>ℓ(ε) − ℓ(0) = −log(1 + s·(ρ − 1)),   s = y_t / (y_t + δ),</pre>
 *
 * an exact identity that keeps the 1e−7 guard δ. For a hidden unit j, d_k = W2[j][k]·Δz with
 * Δz = σ(a + ε) − σ(a), so Σ_k y_k e^(d_k) = 1 + Σ_m M_m·Δz^m / m! with the moments
 * M_m = Σ_k y_k·W2[j][k]^m: the ten classes collapse into five numbers per unit, computed once.
 * For an output class k, d_k = ε itself and nothing else moves.
 *
 * <p><b>What is kept.</b> A central difference needs F(ε) = ℓ(ε) − ℓ(−ε), in which the even powers
 * cancel exactly: F(ε) = c1·ε + c3·ε³ + c5·ε⁵ + (terms from ε⁷ on). The terms from ε⁷ on are what
 * the series leaves out; {@link SeriesBound} decides where they are negligible.
 */
final class LossChangeSeries {
  private static final double[] INVERSE_FACTORIAL = {1, 1, 1 / 2.0, 1 / 6.0, 1 / 24.0, 1 / 120.0};

  private final double[][] sigmoid;
  private final double[][][] powers = new double[Series.ORDER + 1][][];
  private final double[][] numerator;
  private final double[][] denominatorMinusOne;
  private final double[][] ratioMinusOne;
  private final double[] factor;
  private final double[] trueWeightPower;

  LossChangeSeries(int lanes) {
    sigmoid = Series.create(lanes);
    for (int m = 1; m <= Series.ORDER; m++) {
      powers[m] = Series.create(lanes);
    }
    numerator = Series.create(lanes);
    denominatorMinusOne = Series.create(lanes);
    ratioMinusOne = Series.create(lanes);
    factor = new double[lanes];
    trueWeightPower = new double[lanes];
  }

  /**
   * Coefficients for nudging each hidden unit's pre-activation a1[j] by ε.
   *
   * @param z the sample's hidden outputs σ(a1[j])
   * @param moments {@code moments[m][j]} = Σ_k y_k·W2[j][k]^m for m = 1..5
   * @param trueWeight W2[j][t] for the sample's label t
   * @param s y_t / (y_t + δ)
   */
  void forHiddenUnits(
      double[] z, double[][] moments, double[] trueWeight, double s,
      double[] c1, double[] c3, double[] c5, int lanes) {
    // Δz(ε) = σ(a + ε) − σ(a): the sigmoid's series without its constant term.
    Series.sigmoidAround(z, sigmoid, lanes);
    java.util.Arrays.fill(sigmoid[0], 0, lanes, 0.0);
    Series.copy(sigmoid, powers[1], lanes);
    for (int m = 2; m <= Series.ORDER; m++) {
      Series.multiplyWithoutConstants(powers[m - 1], sigmoid, powers[m], lanes);
    }
    // ρ − 1 = (e^(d_t) − Σ_k y_k e^(d_k)) / Σ_k y_k e^(d_k), both sums expanded in powers of Δz.
    Series.clear(numerator, lanes);
    Series.clear(denominatorMinusOne, lanes);
    java.util.Arrays.fill(trueWeightPower, 0, lanes, 1.0);
    for (int m = 1; m <= Series.ORDER; m++) {
      for (int l = 0; l < lanes; l++) {
        factor[l] = moments[m][l] * INVERSE_FACTORIAL[m];
      }
      Series.addScaled(denominatorMinusOne, factor, powers[m], lanes);
      for (int l = 0; l < lanes; l++) {
        trueWeightPower[l] *= trueWeight[l];
        factor[l] = (trueWeightPower[l] - moments[m][l]) * INVERSE_FACTORIAL[m];
      }
      Series.addScaled(numerator, factor, powers[m], lanes);
    }
    finish(s, c1, c3, c5, lanes);
  }

  /**
   * Coefficients for nudging each logit a2[k] by ε.
   *
   * @param y the sample's probabilities
   * @param label the sample's true class t
   * @param s y_t / (y_t + δ)
   */
  void forLogits(double[] y, int label, double s, double[] c1, double[] c3, double[] c5, int lanes) {
    // Only logit k moves: Σ y e^d = 1 + y_k(e^ε − 1), and e^(d_t) = e^ε if k is the label, else 1.
    Series.clear(numerator, lanes);
    Series.clear(denominatorMinusOne, lanes);
    for (int p = 1; p <= Series.ORDER; p++) {
      for (int l = 0; l < lanes; l++) {
        double expm1 = INVERSE_FACTORIAL[p];
        denominatorMinusOne[p][l] = y[l] * expm1;
        numerator[p][l] = (l == label ? expm1 : 0.0) - y[l] * expm1;
      }
    }
    finish(s, c1, c3, c5, lanes);
  }

  /** From ρ − 1 = numerator / (1 + denominatorMinusOne) to the odd part of −log(1 + s(ρ − 1)). */
  private void finish(double s, double[] c1, double[] c3, double[] c5, int lanes) {
    Series.divideByOnePlus(numerator, denominatorMinusOne, ratioMinusOne, lanes);
    // g = s·(ρ − 1); log(1 + g) = g − g²/2 + g³/3 − g⁴/4 + g⁵/5 (g has no constant term).
    double[][] g = powers[1];
    for (int p = 0; p <= Series.ORDER; p++) {
      for (int l = 0; l < lanes; l++) {
        g[p][l] = s * ratioMinusOne[p][l];
      }
    }
    for (int m = 2; m <= Series.ORDER; m++) {
      Series.multiplyWithoutConstants(powers[m - 1], g, powers[m], lanes);
    }
    for (int l = 0; l < lanes; l++) {
      double log1 = 0;
      double log3 = 0;
      double log5 = 0;
      for (int m = 1; m <= Series.ORDER; m++) {
        double sign = (m % 2 == 1 ? 1.0 : -1.0) / m;
        log1 += sign * powers[m][1][l];
        log3 += sign * powers[m][3][l];
        log5 += sign * powers[m][5][l];
      }
      // ℓ(ε) − ℓ(−ε) = −log(1 + g(ε)) + log(1 + g(−ε)): twice the odd part, negated.
      c1[l] = -2 * log1;
      c3[l] = -2 * log3;
      c5[l] = -2 * log5;
    }
  }

  /** F(ε) = c1·ε + c3·ε³ + c5·ε⁵, Horner's way. */
  static double evaluate(double c1, double c3, double c5, double epsilon) {
    double e2 = epsilon * epsilon;
    return epsilon * (c1 + e2 * (c3 + e2 * c5));
  }
}
