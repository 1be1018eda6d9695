package mnistmlp.exercises;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import mnistmlp.math.Matrix;
import mnistmlp.text.Texts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ExercisesTest {
  private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
  private final PrintStream console = System.out;

  @BeforeEach
  void capture() {
    Exercises.reset();
    System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void restore() {
    System.setOut(console);
    Exercises.reset();
    Texts.use("en");
  }

  private String printed() {
    return printed.toString(StandardCharsets.UTF_8);
  }

  /** The line the latest check printed: its verdict. */
  private String lastLine() {
    String[] lines = printed().split("\\R");
    return lines[lines.length - 1];
  }

  @Test
  void aRightValuePassesAndAWrongOneShowsTheHint() {
    Exercises.value("1.1", 0.5, 0.5, 1e-12, "σ(0)");
    assertThat(lastLine()).isEqualTo("Exercise 1.1: passed ✓");
    Exercises.value("1.2", 0.7, 0.5, 1e-12, "think of e^0");
    assertThat(lastLine()).startsWith("Exercise 1.2: not yet right ✗");
    assertThat(printed()).isEqualTo("Exercise 1.1: passed ✓%nExercise 1.2: not yet right ✗ (hint: think of e^0)%n".formatted());
  }

  @Test
  void inChineseEveryLineAndTheSummaryAreChinese() {
    Texts.use("zh_CN");
    Exercises.value("1.1", 0.5, 0.5, 1e-12, "σ(0)");
    Exercises.value("1.2", 0.7, 0.5, 1e-12, "想想 e^0");
    Exercises.value("1.3", null, 0.5, 1e-12, "h");
    assertThat(printed()).isEqualTo("练习 1.1：通过 ✓%n练习 1.2：还不对 ✗（提示：想想 e^0）%n练习 1.3：尚未作答%n".formatted());
    assertThat(Exercises.summary()).isEqualTo("练习：1 个通过，1 个未通过，1 个尚未作答");
  }

  @Test
  void aMissingAnswerIsNotAnsweredAndDoesNotThrow() {
    Exercises.value("2.1", null, 1, 0, "h");
    assertThat(lastLine()).isEqualTo("Exercise 2.1: not answered yet");
    assertThat(printed()).contains("Exercise 2.1: not answered yet");
  }

  @Test
  void aFunctionIsCheckedAtEveryInputAndNaNFails() {
    double[] xs = {-3, 0, 3};
    Exercises.function("3.1", x -> 2 * x, x -> x + x, xs, 0, "h");
    assertThat(lastLine()).isEqualTo("Exercise 3.1: passed ✓");
    Exercises.function("3.2", x -> x == 3 ? 7 : 2 * x, x -> x + x, xs, 0.5, "h");
    assertThat(lastLine()).startsWith("Exercise 3.2: not yet right ✗");
    Exercises.function("3.3", x -> Double.NaN, x -> x, xs, 1e9, "h");
    assertThat(lastLine()).startsWith("Exercise 3.3: not yet right ✗");
  }

  @Test
  void aMatrixOfTheWrongShapeFails() {
    Matrix expected = Matrix.of(new double[][] {{1, 2}});
    Exercises.matrix("4.1", Matrix.of(new double[][] {{1, 2}}), expected, 0, "h");
    assertThat(lastLine()).isEqualTo("Exercise 4.1: passed ✓");
    Exercises.matrix("4.2", Matrix.of(new double[][] {{1}, {2}}), expected, 0, "h");
    assertThat(lastLine()).startsWith("Exercise 4.2: not yet right ✗");
  }

  @Test
  void aCheckThatThrowsCountsAsFailed() {
    Exercises.check("5.1", "x", s -> { throw new IllegalStateException(); }, "h");
    assertThat(lastLine()).startsWith("Exercise 5.1: not yet right ✗");
  }

  @Test
  void theSummaryCountsTheLatestVerdictOfEachExercise() {
    Exercises.value("6.1", null, 1, 0, "h");
    Exercises.value("6.1", 1, 1, 0, "h");
    Exercises.value("6.2", 2, 1, 0, "h");
    Exercises.value("6.3", null, 1, 0, "h");
    assertThat(Exercises.summary())
        .isEqualTo("Exercises: 1 passed, 1 failed, 1 not answered yet");
  }

  @Test
  void aMatrixFunctionIsCheckedOnEveryInputAndMayNotChangeIt() {
    var inputs = java.util.List.of(Matrix.row(-1, 0, 2), Matrix.of(new double[][] {{3}, {-4}}));
    java.util.function.UnaryOperator<Matrix> relu = m -> m.map(v -> Math.max(0, v));
    Exercises.matrixFunction("7.1", relu, relu, inputs, 0, "h");
    assertThat(lastLine()).isEqualTo("Exercise 7.1: passed ✓");
    Exercises.matrixFunction("7.2", m -> m.map(Math::abs), relu, inputs, 0, "h");
    assertThat(lastLine()).startsWith("Exercise 7.2: not yet right ✗");
    Exercises.matrixFunction("7.3", Matrix::transpose, relu, inputs, 1e9, "h");
    assertThat(lastLine()).startsWith("Exercise 7.3: not yet right ✗");
    Exercises.matrixFunction("7.4", m -> { m.set(0, 0, 9); return relu.apply(m); },
        relu, inputs, 10, "h");
    assertThat(lastLine()).isEqualTo("Exercise 7.4: passed ✓");
    assertThat(inputs.get(0).get(0, 0)).isEqualTo(-1);
    Exercises.matrixFunction("7.5", null, relu, inputs, 0, "h");
    assertThat(lastLine()).isEqualTo("Exercise 7.5: not answered yet");
  }
}
