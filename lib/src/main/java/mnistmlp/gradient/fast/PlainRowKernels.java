package mnistmlp.gradient.fast;

/** The row loops as ordinary Java; the JIT may still vectorise them on its own. */
final class PlainRowKernels implements RowKernels {
  static final PlainRowKernels INSTANCE = new PlainRowKernels();

  private PlainRowKernels() {}

  @Override
  public void addScaled(double[] dst, int dstOffset, double a, double[] src, int srcOffset, int n) {
    for (int l = 0; l < n; l++) {
      dst[dstOffset + l] += a * src[srcOffset + l];
    }
  }

  @Override
  public void add(double[] dst, int dstOffset, double[] src, int srcOffset, int n) {
    for (int l = 0; l < n; l++) {
      dst[dstOffset + l] += src[srcOffset + l];
    }
  }

  @Override
  public void oddPolynomial(
      double[] dst, int dstOffset, double epsilon, double[] c1, double[] c3, double[] c5, int n) {
    double e2 = epsilon * epsilon;
    for (int l = 0; l < n; l++) {
      dst[dstOffset + l] = epsilon * (c1[l] + e2 * (c3[l] + e2 * c5[l]));
    }
  }

  @Override
  public boolean vectorised() {
    return false;
  }
}
