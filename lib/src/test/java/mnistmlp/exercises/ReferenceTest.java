package mnistmlp.exercises;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import mnistmlp.math.Matrix;
import mnistmlp.text.Texts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ReferenceTest {
  private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
  private final PrintStream console = System.out;

  @BeforeEach
  void capture() {
    System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void restore() {
    System.setOut(console);
    Texts.use("en");
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
  void inChineseTheLineAndTheErrorAreChinese() {
    Texts.use("zh_CN");
    Reference.compare("softmax", Matrix.row(1, 2), Matrix.row(1, 2), 1e-15);
    assertThat(printed.toString(StandardCharsets.UTF_8)).isEqualTo("softmax：|你的 − jar 的| 最大为 0（上限 1e-15） ✓%n".formatted());
    assertThatThrownBy(() -> Reference.compare("损失", 2.5, 2.3, 1e-12))
        .hasMessage("损失：|你的 − jar 的| 最大为 2.00e-01（上限 1e-12）：你的结果与 jar 中经过测试的版本不一致");
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
