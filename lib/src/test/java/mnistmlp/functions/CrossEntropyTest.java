package mnistmlp.functions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import mnistmlp.math.Matrix;
import org.junit.jupiter.api.Test;

class CrossEntropyTest {

  @Test
  void oneRowWorkedByHand() {
    Matrix y = Matrix.of(new double[][] {{0.1, 0.7, 0.2}});
    assertThat(CrossEntropy.crossEntropyError(y, new int[] {1})).isEqualTo(-Math.log(0.7 + 1e-7));
  }

  @Test
  void isTheMeanOverTheBatch() {
    Matrix y = Matrix.of(new double[][] {{0.1, 0.7, 0.2}, {0.5, 0.25, 0.25}});
    double expected = (-Math.log(0.2 + 1e-7) - Math.log(0.5 + 1e-7)) / 2;
    assertThat(CrossEntropy.crossEntropyError(y, new int[] {2, 0})).isEqualTo(expected);
  }

  @Test
  void theGuardKeepsACertainMistakeFinite() {
    Matrix y = Matrix.of(new double[][] {{1.0, 0.0}});
    assertThat(CrossEntropy.crossEntropyError(y, new int[] {1})).isEqualTo(-Math.log(1e-7)); // about 16.118
    assertThat(CrossEntropy.crossEntropyError(y, new int[] {0})).isEqualTo(-Math.log(1 + 1e-7));
  }

  @Test
  void oneHotLabelsGiveTheSameValueAsIndices() {
    Matrix y = Matrix.of(new double[][] {{0.1, 0.7, 0.2}, {0.3, 0.3, 0.4}, {0.6, 0.2, 0.2}});
    int[] t = {1, 2, 0};
    Matrix oneHot = Matrix.of(new double[][] {{0, 1, 0}, {0, 0, 1}, {1, 0, 0}});
    assertThat(CrossEntropy.crossEntropyError(y, oneHot)).isEqualTo(CrossEntropy.crossEntropyError(y, t));
    assertThat(CrossEntropy.labelsOf(oneHot)).containsExactly(t);
  }

  @Test
  void rowsThatAreNotOneHotAreRefused() {
    Matrix y = Matrix.of(new double[][] {{0.5, 0.5}, {0.5, 0.5}});
    assertThatThrownBy(() -> CrossEntropy.crossEntropyError(y, Matrix.of(new double[][] {{1, 0}, {0.5, 0.5}})))
        .hasMessage("row 1 of the one-hot labels is not one-hot");
    assertThatThrownBy(() -> CrossEntropy.labelsOf(Matrix.of(new double[][] {{0, 0}}))).hasMessage("row 0 of the one-hot labels has no 1");
    for (double[] notOneHot : new double[][] {{-1, 0, 0}, {1, 1, 0}, {0, 2, 0}, {Double.NaN, 0, 0}, {0, 1, -0.5}}) {
      assertThatThrownBy(() -> CrossEntropy.labelsOf(Matrix.of(new double[][] {{0, 1, 0}, notOneHot})))
          .hasMessage("row 1 of the one-hot labels is not one-hot");
    }
  }

  @Test
  void shapeMismatchesNameBothShapes() {
    Matrix y = Matrix.zeros(2, 10);
    assertThatThrownBy(() -> CrossEntropy.crossEntropyError(y, new int[] {1, 2, 3}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("(2, 10)")
        .hasMessageContaining("(3,)");
    assertThatThrownBy(() -> CrossEntropy.crossEntropyError(y, Matrix.zeros(2, 9)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("(2, 10)")
        .hasMessageContaining("(2, 9)");
    assertThatThrownBy(() -> CrossEntropy.crossEntropyError(y, new int[] {1, 10}))
        .hasMessageContaining("label 10 at row 1");
  }
}
