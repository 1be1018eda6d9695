package mnistmlp.math;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
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
    assertThatThrownBy(() -> a.minus(Matrix.zeros(3, 2))).hasMessageContaining("(2, 3)").hasMessageContaining("(3, 2)");
    assertThatThrownBy(() -> a.plusRow(Matrix.row(1, 2))).hasMessageContaining("(1, 2)").hasMessageContaining("(2, 3)");
    assertThatThrownBy(() -> new Matrix(2, 2, new double[3])).hasMessageContaining("(2, 2) needs 4 values, got 3");
  }

  @Test
  void elementWiseOperationsAndSums() {
    Matrix b = Matrix.of(new double[][] {{1, 1, 1}, {2, 2, 2}});
    assertThat(a.minus(b)).isEqualTo(Matrix.of(new double[][] {{0, 1, 2}, {2, 3, 4}}));
    assertThat(a.hadamard(b)).isEqualTo(Matrix.of(new double[][] {{1, 2, 3}, {8, 10, 12}}));
    assertThat(a.times(2).sum()).isEqualTo(42);
    assertThat(Matrix.row(0.1, 0.2, 0.3).sum()).isEqualTo(0.1 + 0.2 + 0.3); // left to right, like a loop
    assertThat(Matrix.of(new double[][] {{2, 5, 5}, {-1, -3, -2}}).argmaxRows()).containsExactly(1, 0); // first of a tie
  }

  @Test
  void indicesOutsideTheShapeAreRefused() {
    assertThatThrownBy(() -> a.get(2, 0)).isInstanceOf(IndexOutOfBoundsException.class).hasMessage("(2, 0) outside (2, 3)");
    assertThatThrownBy(() -> a.set(0, 3, 1)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> a.rowCopy(2)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThat(a.toArray()).isDeepEqualTo(new double[][] {{1, 2, 3}, {4, 5, 6}});
  }

  @Test
  void printsAPreviewWithItsShape() {
    assertThat(a.toString()).isEqualTo("Matrix(2, 3) [[1.000, 2.000, 3.000], [4.000, 5.000, 6.000]]");
    assertThat(Matrix.zeros(7, 9).toString()).startsWith("Matrix(7, 9) [[0.000, ").endsWith("0.000, …], …]");
  }

  @Test
  void printsDecimalPointsInAGermanLocaleToo() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.GERMANY);
      assertThat(Matrix.row(0.5, 2).toString()).isEqualTo("Matrix(1, 2) [[0.5000, 2.000]]");
    } finally {
      Locale.setDefault(before);
    }
  }
}
