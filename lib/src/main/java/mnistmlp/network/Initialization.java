package mnistmlp.network;

import java.util.Random;
import mnistmlp.math.Matrix;

/** How the parameters start out, before any training. */
public enum Initialization {
  /**
   * The notes' choice: every weight and bias drawn from the standard normal, {@code np.random.randn},
   * in the order the notes' {@code para} dict draws them: W1, W2, b1, b2.
   */
  RANDN {
    @Override
    public Parameters initialise(int input, int hidden, int output, Random random) {
      Matrix w1 = Matrix.randn(input, hidden, random);
      Matrix w2 = Matrix.randn(hidden, output, random);
      Matrix b1 = Matrix.randn(1, hidden, random);
      Matrix b2 = Matrix.randn(1, output, random);
      return Parameters.of(w1, b1, w2, b2);
    }
  },
  /** The book's choice: weights 0.01·randn, biases zero, so the sigmoid starts near its middle. */
  BOOK {
    @Override
    public Parameters initialise(int input, int hidden, int output, Random random) {
      Matrix w1 = Matrix.randn(input, hidden, random).times(0.01);
      Matrix w2 = Matrix.randn(hidden, output, random).times(0.01);
      return Parameters.of(w1, Matrix.zeros(1, hidden), w2, Matrix.zeros(1, output));
    }
  };

  public abstract Parameters initialise(int input, int hidden, int output, Random random);

  /** By the names the command line uses: {@code randn} or {@code book}. */
  public static Initialization byName(String name) {
    for (Initialization init : values()) {
      if (init.name().equalsIgnoreCase(name)) {
        return init;
      }
    }
    throw new IllegalArgumentException("unknown initialisation '" + name + "': use randn or book");
  }
}
