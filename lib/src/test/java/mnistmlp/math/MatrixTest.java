package mnistmlp.math;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MatrixTest {
  final Matrix a = Matrix.of(new double[][] {{1, 2, 3}, {4, 5, 6}});

  @Test
  void dotIsTheMatrixProduct() {
    Matrix b = Matrix.of(new double[][] {{1, 0}, {0, 1}, {2, -1}});
    assertThat(a.dot(b)).isEqualTo(Matrix.of(new double[][] {{7, -1}, {16, -1}}));
  }

  @Test
  void broadcastsABiasRowAndSumsItBack() {
    assertThat(a.plusRow(Matrix.row(10, 20, 30))).isEqualTo(Matrix.of(new double[][] {{11, 22, 33}, {14, 25, 36}}));
    assertThat(a.sumRows()).isEqualTo(Matrix.row(5, 7, 9));
  }

  @Test
  void transposesAndFindsRowMaxima() {
    assertThat(a.transpose().shape()).isEqualTo("(3, 2)");
    assertThat(a.transpose().get(2, 1)).isEqualTo(6);
    assertThat(Matrix.of(new double[][] {{0, 3, 1}, {9, 3, 9}}).argmaxRows()).containsExactly(1, 0);
  }

  @Test
  void updatesInPlace() {
    Matrix theta = a.copy();
    theta.subtractInPlace(0.5, Matrix.of(new double[][] {{2, 2, 2}, {2, 2, 2}}));
    assertThat(theta.get(1, 2)).isEqualTo(5);
    assertThat(a.get(1, 2)).isEqualTo(6); // the copy was deep
  }

  @Test
  void shapeMismatchesNameBothShapes() {
    assertThatThrownBy(() -> a.dot(a)).isInstanceOf(IllegalArgumentException.class).hasMessage("cannot multiply (2, 3) by (2, 3)");
    assertThatThrownBy(() -> a.plus(Matrix.zeros(3, 2))).hasMessageContaining("(2, 3)").hasMessageContaining("(3, 2)");
    assertThatThrownBy(() -> a.plusRow(Matrix.row(1, 2))).hasMessageContaining("(1, 2)").hasMessageContaining("(2, 3)");
    assertThatThrownBy(() -> Matrix.wrap(2, 2, new double[3])).hasMessageContaining("(2, 2) needs 4 values, got 3");
  }
}
