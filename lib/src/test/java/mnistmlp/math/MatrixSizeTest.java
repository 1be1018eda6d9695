package mnistmlp.math;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Shapes whose value count does not fit one array are refused before anything is allocated. */
class MatrixSizeTest {

  @Test
  void aShapeTooLargeForOneArrayIsRefusedByName() {
    // 100,000 × 100,000 wraps around to 1,410,065,408 in int arithmetic: allocated, silently wrong
    assertThatThrownBy(() -> Matrix.zeros(100_000, 100_000))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("shape (100000, 100000) has 10000000000 values, more than one array can hold");
    assertThatThrownBy(() -> Matrix.zeros(2_000_000_000, 784)).hasMessageContaining("(2000000000, 784)");
  }

  @Test
  void negativeShapesAreRefused() {
    assertThatThrownBy(() -> Matrix.zeros(-1, 3)).hasMessage("negative shape (-1, 3)");
    assertThatThrownBy(() -> new Matrix(2, -2, new double[4])).hasMessage("negative shape (2, -2)");
  }

  @Test
  void theConstructorStillChecksTheLength() {
    assertThatThrownBy(() -> new Matrix(2, 3, new double[5])).hasMessage("shape (2, 3) needs 6 values, got 5");
    assertThat(Matrix.zeros(0, 784).size()).isZero();
  }
}
