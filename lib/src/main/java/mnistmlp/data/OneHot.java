package mnistmlp.data;

import mnistmlp.math.Matrix;

/** One-hot labels: digit 3 becomes the row {@code [0,0,0,1,0,0,0,0,0,0]}. */
public final class OneHot {
  private OneHot() {}

  public static Matrix encode(int[] labels) {
    Matrix out = Matrix.zeros(labels.length, ImageSet.CLASSES);
    for (int i = 0; i < labels.length; i++) {
      out.set(i, labels[i], 1.0);
    }
    return out;
  }
}
