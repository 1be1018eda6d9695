package mnistmlp.functions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import mnistmlp.math.Matrix;
import org.junit.jupiter.api.Test;

class SoftmaxCrossEntropyTest {

  @Test
  void itsGradientIsTheCentralDifferenceOfTheLossInTheLogits() {
    // the second row's true class has y_t ≈ 1e−9 < δ, where the guard factor s is far from 1
    double[][] rows = {{0.2, -1.1, 2.0}, {-15, 5.7, 0.0}};
    int[] t = {1, 0};
    Matrix a = Matrix.of(rows);
    Matrix gradient = SoftmaxCrossEntropy.gradient(Softmax.softmax(a), t);
    for (int i = 0; i < rows.length; i++) {
      for (int k = 0; k < 3; k++) {
        double h = 1e-5;
        double[] plus = rows[i].clone();
        double[] minus = rows[i].clone();
        plus[k] += h;
        minus[k] -= h;
        double numerical = (loss(plus, t[i]) - loss(minus, t[i])) / (2 * h) / rows.length;
        assertThat(gradient.get(i, k)).isCloseTo(numerical, within(1e-9));
      }
    }
    assertThat(SoftmaxCrossEntropy.guardFactor(Softmax.softmax(rows[1])[0])).isLessThan(0.1);
  }

  private static double loss(double[] logits, int label) {
    return CrossEntropy.crossEntropyError(Matrix.row(Softmax.softmax(logits)), new int[] {label});
  }
}
