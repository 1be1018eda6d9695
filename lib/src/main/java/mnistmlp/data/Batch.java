package mnistmlp.data;

import mnistmlp.math.Matrix;

/**
 * A batch of supervised data: images {@code x} as rows of 784 pixels and labels {@code t} as class
 * indices, the {@code x_batch} and {@code t_batch} of the notes.
 */
public record Batch(Matrix x, int[] t) {
  public Batch {
    if (x.rows() != t.length) {
      throw new IllegalArgumentException(
          "batch has " + x.rows() + " images " + x.shape() + " but " + t.length + " labels");
    }
  }

  public int size() {
    return t.length;
  }
}
