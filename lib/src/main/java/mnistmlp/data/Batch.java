package mnistmlp.data;

import mnistmlp.math.Matrix;

/** The notes' {@code x_batch, t_batch}: images {@code x} as rows of 784 pixels, labels {@code t} as class indices. */
public record Batch(Matrix x, int[] t) {
  public Batch {
    if (x.rows() != t.length) {
      throw new IllegalArgumentException("batch has " + x.rows() + " images " + x.shape() + " but " + t.length + " labels");
    }
  }

  public int size() {
    return t.length;
  }
}
