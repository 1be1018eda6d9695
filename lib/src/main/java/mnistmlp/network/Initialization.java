package mnistmlp.network;

import java.util.Random;
import mnistmlp.math.Matrix;

/** How the parameters start out, before any training. */
public enum Initialization {
  /** The notes' choice: all weights and biases from {@code np.random.randn}, drawn in the order W1, W2, b1, b2. */
  RANDN,
  /** The book's choice: weights 0.01·randn, biases zero, so the sigmoid starts near its middle. */
  BOOK;

  public Parameters initialise(int input, int hidden, int output, Random random) {
    Matrix w1 = Matrix.randn(input, hidden, random);
    Matrix w2 = Matrix.randn(hidden, output, random);
    if (this == BOOK) {
      return Parameters.of(w1.times(0.01), Matrix.zeros(1, hidden), w2.times(0.01), Matrix.zeros(1, output));
    }
    return Parameters.of(w1, Matrix.randn(1, hidden, random), w2, Matrix.randn(1, output, random));
  }
}
