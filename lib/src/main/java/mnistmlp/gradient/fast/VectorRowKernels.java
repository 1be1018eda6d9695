package mnistmlp.gradient.fast;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * The row loops with the Vector API: whole registers of doubles at a time (4 with AVX2), then a
 * scalar tail. Only ever loaded through {@link RowKernels#best()}, after checking that the
 * {@code jdk.incubator.vector} module is present. Multiplication and addition stay separate
 * operations (no {@code fma}) so that every element is rounded exactly as in {@link PlainRowKernels}.
 */
final class VectorRowKernels implements RowKernels {
  private static final VectorSpecies<Double> SPECIES = DoubleVector.SPECIES_PREFERRED;

  @Override
  public void addScaled(double[] dst, int dstOffset, double a, double[] src, int srcOffset, int n) {
    int l = 0;
    for (int upper = SPECIES.loopBound(n); l < upper; l += SPECIES.length()) {
      DoubleVector product = DoubleVector.fromArray(SPECIES, src, srcOffset + l).mul(a);
      DoubleVector.fromArray(SPECIES, dst, dstOffset + l).add(product).intoArray(dst, dstOffset + l);
    }
    for (; l < n; l++) {
      dst[dstOffset + l] += a * src[srcOffset + l];
    }
  }

  @Override
  public void add(double[] dst, int dstOffset, double[] src, int srcOffset, int n) {
    int l = 0;
    for (int upper = SPECIES.loopBound(n); l < upper; l += SPECIES.length()) {
      DoubleVector.fromArray(SPECIES, dst, dstOffset + l)
          .add(DoubleVector.fromArray(SPECIES, src, srcOffset + l))
          .intoArray(dst, dstOffset + l);
    }
    for (; l < n; l++) {
      dst[dstOffset + l] += src[srcOffset + l];
    }
  }

  @Override
  public void oddPolynomial(
      double[] dst, int dstOffset, double epsilon, double[] c1, double[] c3, double[] c5, int n) {
    double e2 = epsilon * epsilon;
    int l = 0;
    for (int upper = SPECIES.loopBound(n); l < upper; l += SPECIES.length()) {
      DoubleVector inner = DoubleVector.fromArray(SPECIES, c5, l).mul(e2).add(DoubleVector.fromArray(SPECIES, c3, l));
      DoubleVector outer = inner.mul(e2).add(DoubleVector.fromArray(SPECIES, c1, l));
      outer.mul(epsilon).intoArray(dst, dstOffset + l);
    }
    for (; l < n; l++) {
      dst[dstOffset + l] = epsilon * (c1[l] + e2 * (c3[l] + e2 * c5[l]));
    }
  }

  @Override
  public boolean vectorised() {
    return true;
  }
}
