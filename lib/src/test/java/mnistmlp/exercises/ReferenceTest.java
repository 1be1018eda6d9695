package mnistmlp.exercises;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import mnistmlp.math.Matrix;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ReferenceTest {
  private final ByteArrayOutputStream printed = new ByteArrayOutputStream();

  @BeforeEach
  void capture() {
    Reference.printTo(new PrintStream(printed, true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void restore() {
    Reference.printTo(null);
  }

  @Test
  void withinTheBoundItPrintsTheLargestDifference() {
    Reference.compare("softmax", Matrix.row(1, 2.5, 3), Matrix.row(1, 2, 3), 1);
    assertThat(printed.toString(StandardCharsets.UTF_8))
        .contains("softmax: largest |yours − jar| = 5.00e-01 (bound 1e+00) ✓");
  }

  @Test
  void aboveTheBoundItThrowsAndSaysBy() {
    assertThatThrownBy(() -> Reference.compare("loss", 2.5, 2.3, 1e-12))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("loss: largest |yours − jar| = 2.00e-01");
    Reference.compare("same", 1.5, 1.5, 0);
    assertThat(printed.toString(StandardCharsets.UTF_8))
        .contains("same: largest |yours − jar| = 0 (bound 0e+00) ✓");
  }

  @Test
  void nanIsFarFromANumberButEqualInfinitiesAreNoDifference() {
    assertThat(Reference.largestDifference(Matrix.row(Double.NaN, 1), Matrix.row(0, 1)))
        .isInfinite();
    double inf = Double.POSITIVE_INFINITY;
    Matrix infAndNaN = Matrix.row(inf, Double.NaN);
    assertThat(Reference.largestDifference(infAndNaN, infAndNaN.copy())).isZero();
    assertThatThrownBy(() -> Reference.compare("σ", Double.NaN, 0.5, 1))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void differentShapesCannotBeCompared() {
    assertThatThrownBy(() -> Reference.largestDifference(Matrix.row(1, 2), Matrix.zeros(2, 1)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
