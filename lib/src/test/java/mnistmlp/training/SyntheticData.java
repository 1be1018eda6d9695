package mnistmlp.training;

import java.util.Random;
import mnistmlp.data.Batch;
import mnistmlp.math.Matrix;

/** A tiny problem a 2-layer net learns in a blink: the class is the brightest of the first pixels, plus noise. */
final class SyntheticData {
  private SyntheticData() {}

  static Batch make(int n, int inputs, int classes, long seed) {
    Random random = new Random(seed);
    Matrix x = Matrix.zeros(n, inputs);
    int[] t = new int[n];
    for (int i = 0; i < n; i++) {
      t[i] = random.nextInt(classes);
      for (int j = 0; j < inputs; j++) {
        x.set(i, j, 0.3 * random.nextDouble());
      }
      x.set(i, t[i], 1.0);
    }
    return new Batch(x, t);
  }
}
