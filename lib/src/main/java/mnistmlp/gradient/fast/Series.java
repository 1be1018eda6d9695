package mnistmlp.gradient.fast;

/**
 * Truncated power series, many at once: {@code s[p][lane]} is the coefficient of ε^p of the series
 * in one lane (one hidden unit, or one output class). Every operation works lane by lane, so the
 * inner loops run over plain arrays and the JIT can vectorise them.
 *
 * <p>All series stop at ε^{@value #ORDER}; a product simply forgets the higher powers. Why that is
 * enough for the fast gradient is explained in {@link LossChangeSeries}.
 */
final class Series {
  /** The highest power of ε kept. */
  static final int ORDER = 5;

  private Series() {}

  static double[][] create(int lanes) {
    return new double[ORDER + 1][lanes];
  }

  static void copy(double[][] from, double[][] to, int lanes) {
    for (int p = 0; p <= ORDER; p++) {
      System.arraycopy(from[p], 0, to[p], 0, lanes);
    }
  }

  /**
   * {@code out = a · b} for two series without constant terms (Δz and g are such), where a also
   * has no terms below ε^{@code aLowest} (a power of Δz or g): the products that must vanish are
   * skipped, and each coefficient sums the others in the order of a's powers.
   */
  static void multiplyWithoutConstants(double[][] a, int aLowest, double[][] b, double[][] out, int lanes) {
    for (int p = 0; p <= Math.min(aLowest, ORDER); p++) {
      java.util.Arrays.fill(out[p], 0, lanes, 0.0);
    }
    for (int p = aLowest + 1; p <= ORDER; p++) {
      double[] o = out[p];
      double[] aFirst = a[aLowest];
      double[] bLast = b[p - aLowest];
      for (int l = 0; l < lanes; l++) {
        o[l] = aFirst[l] * bLast[l];
      }
      for (int i = aLowest + 1; i < p; i++) {
        double[] ai = a[i];
        double[] bj = b[p - i];
        for (int l = 0; l < lanes; l++) {
          o[l] += ai[l] * bj[l];
        }
      }
    }
  }

  /** {@code out = factor[lane] · a}. */
  static void setScaled(double[][] out, double[] factor, double[][] a, int lanes) {
    for (int p = 0; p <= ORDER; p++) {
      double[] o = out[p];
      double[] ap = a[p];
      for (int l = 0; l < lanes; l++) {
        o[l] = factor[l] * ap[l];
      }
    }
  }

  /** {@code out += factor[lane] · a}. */
  static void addScaled(double[][] out, double[] factor, double[][] a, int lanes) {
    for (int p = 0; p <= ORDER; p++) {
      double[] o = out[p];
      double[] ap = a[p];
      for (int l = 0; l < lanes; l++) {
        o[l] += factor[l] * ap[l];
      }
    }
  }

  /**
   * {@code out = numerator / (1 + denominatorMinusOne)}, where the denominator's series has no
   * constant term of its own besides the 1: long division, one power at a time.
   */
  static void divideByOnePlus(double[][] numerator, double[][] denominatorMinusOne, double[][] out, int lanes) {
    for (int p = 0; p <= ORDER; p++) {
      double[] o = out[p];
      System.arraycopy(numerator[p], 0, o, 0, lanes);
      for (int i = 1; i <= p; i++) {
        double[] d = denominatorMinusOne[i];
        double[] q = out[p - i];
        for (int l = 0; l < lanes; l++) {
          o[l] -= d[l] * q[l];
        }
      }
    }
  }

  /**
   * The series of σ(a + ε) around the cached z = σ(a), from the sigmoid's own differential
   * equation σ' = σ(1 − σ): comparing the coefficients of ε^p on both sides gives
   * (p + 1)·s[p+1] = s[p] − Σ_i s[i]·s[p−i]. No exponential is needed, only z.
   */
  static void sigmoidAround(double[] z, double[][] out, int lanes) {
    System.arraycopy(z, 0, out[0], 0, lanes);
    for (int p = 0; p < ORDER; p++) {
      double[] next = out[p + 1];
      double[] sp = out[p];
      for (int l = 0; l < lanes; l++) {
        double square = 0;
        for (int i = 0; i <= p; i++) {
          square += out[i][l] * out[p - i][l];
        }
        next[l] = (sp[l] - square) / (p + 1);
      }
    }
  }
}
