package mnistmlp.exercises;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import mnistmlp.exercises.Exercises.Verdict;
import mnistmlp.math.Matrix;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ExercisesTest {
  private final ByteArrayOutputStream printed = new ByteArrayOutputStream();

  @BeforeEach
  void capture() {
    Exercises.reset();
    Exercises.printTo(new PrintStream(printed, true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void restore() {
    Exercises.printTo(System.out);
    Exercises.reset();
  }

  private String printed() {
    return printed.toString(StandardCharsets.UTF_8);
  }

  @Test
  void aRightValuePassesAndAWrongOneShowsTheHint() {
    assertThat(Exercises.value("1.1", 0.5, 0.5, 1e-12, "σ(0)")).isEqualTo(Verdict.PASSED);
    assertThat(Exercises.value("1.2", 0.7, 0.5, 1e-12, "think of e^0")).isEqualTo(Verdict.FAILED);
    assertThat(printed()).contains("Exercise 1.1: passed").contains("hint: think of e^0");
  }

  @Test
  void aMissingAnswerIsNotAnsweredAndDoesNotThrow() {
    assertThat(Exercises.value("2.1", null, 1, 0, "h")).isEqualTo(Verdict.NOT_ANSWERED);
    assertThat(printed()).contains("Exercise 2.1: not answered yet");
  }

  @Test
  void aFunctionIsCheckedAtEveryInputAndNaNFails() {
    double[] xs = {-3, 0, 3};
    assertThat(Exercises.function("3.1", x -> 2 * x, x -> x + x, xs, 0, "h"))
        .isEqualTo(Verdict.PASSED);
    assertThat(Exercises.function("3.2", x -> x == 3 ? 7 : 2 * x, x -> x + x, xs, 0.5, "h"))
        .isEqualTo(Verdict.FAILED);
    assertThat(Exercises.function("3.3", x -> Double.NaN, x -> x, xs, 1e9, "h"))
        .isEqualTo(Verdict.FAILED);
  }

  @Test
  void aMatrixOfTheWrongShapeFails() {
    Matrix expected = Matrix.of(new double[][] {{1, 2}});
    assertThat(Exercises.matrix("4.1", Matrix.of(new double[][] {{1, 2}}), expected, 0, "h"))
        .isEqualTo(Verdict.PASSED);
    assertThat(Exercises.matrix("4.2", Matrix.of(new double[][] {{1}, {2}}), expected, 0, "h"))
        .isEqualTo(Verdict.FAILED);
  }

  @Test
  void aCheckThatThrowsCountsAsFailed() {
    assertThat(Exercises.check("5.1", "x", s -> { throw new IllegalStateException(); }, "h"))
        .isEqualTo(Verdict.FAILED);
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
    assertThat(Exercises.matrixFunction("7.1", relu, relu, inputs, 0, "h"))
        .isEqualTo(Verdict.PASSED);
    assertThat(Exercises.matrixFunction("7.2", m -> m.map(Math::abs), relu, inputs, 0, "h"))
        .isEqualTo(Verdict.FAILED);
    assertThat(Exercises.matrixFunction("7.3", Matrix::transpose, relu, inputs, 1e9, "h"))
        .isEqualTo(Verdict.FAILED);
    assertThat(Exercises.matrixFunction("7.4", m -> { m.set(0, 0, 9); return relu.apply(m); },
        relu, inputs, 10, "h")).isEqualTo(Verdict.PASSED);
    assertThat(inputs.get(0).get(0, 0)).isEqualTo(-1);
    assertThat(Exercises.matrixFunction("7.5", null, relu, inputs, 0, "h"))
        .isEqualTo(Verdict.NOT_ANSWERED);
  }
}
