package mnistmlp.exercises;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import mnistmlp.math.Matrix;
import mnistmlp.text.Texts;

/**
 * Checks a lesson's exercises, printing one line each: passed, failed with a hint, or not answered.
 * A check never throws, so an open exercise (answer still {@code null}) never stops Run All, and
 * returns nothing, so a cell ending with one shows only the printed line.
 */
public final class Exercises {
  private enum Verdict {
    PASSED("Exercise %s: passed ✓"),
    FAILED("Exercise %s: not yet right ✗ (hint: %s)"),
    NOT_ANSWERED("Exercise %s: not answered yet");

    private final String line;

    Verdict(String line) {
      this.line = line;
    }
  }

  /** The latest verdict of every exercise checked in this kernel. */
  private static final Map<String, Verdict> LATEST = new LinkedHashMap<>();

  private Exercises() {}

  /** A number, right within {@code tolerance} of the reference value. */
  public static void value(String exercise, Number answer, double expected, double tolerance, String hint) {
    check(exercise, answer, a -> Math.abs(a.doubleValue() - expected) <= tolerance, hint);
  }

  /** A function of one number, right within {@code tolerance} at every one of {@code inputs}. */
  public static void function(String exercise, DoubleUnaryOperator answer, DoubleUnaryOperator reference,
      double[] inputs, double tolerance, String hint) {
    check(exercise, answer, f -> Arrays.stream(inputs)
        .allMatch(x -> Reference.distance(f.applyAsDouble(x), reference.applyAsDouble(x)) <= tolerance), hint);
  }

  /** A matrix of the reference's shape (another shape throws, so fails), right within {@code tolerance}. */
  public static void matrix(String exercise, Matrix answer, Matrix expected, double tolerance, String hint) {
    check(exercise, answer, m -> Reference.largestDifference(m, expected) <= tolerance, hint);
  }

  /** A function from matrix to matrix, right (shape and every entry) on every one of {@code inputs}. */
  public static void matrixFunction(String exercise, UnaryOperator<Matrix> answer, UnaryOperator<Matrix> reference,
      List<Matrix> inputs, double tolerance, String hint) {
    // Each answer gets a copy: one that changes its input harms no one.
    check(exercise, answer, f -> inputs.stream()
        .allMatch(x -> Reference.largestDifference(f.apply(x.copy()), reference.apply(x)) <= tolerance), hint);
  }

  /** Any answer, judged by {@code correct}; a check that throws counts as failed. */
  public static <T> void check(String exercise, T answer, Predicate<? super T> correct, String hint) {
    Verdict verdict = judge(answer, correct);
    LATEST.put(exercise, verdict);
    System.out.println(Texts.format(verdict.line, exercise, hint));
  }

  /** One line counting the latest verdicts: {@code Exercises: 3 passed, 0 failed, 1 not answered yet}. */
  public static String summary() {
    return Texts.format("Exercises: %d passed, %d failed, %d not answered yet", Arrays.stream(Verdict.values())
        .map(verdict -> Collections.frequency(LATEST.values(), verdict)).toArray()); // declared in the format's order
  }

  /** Forgets every verdict (tests; a kernel restart does the same for a learner). */
  public static void reset() {
    LATEST.clear();
  }

  private static <T> Verdict judge(T answer, Predicate<? super T> correct) {
    if (answer == null) {
      return Verdict.NOT_ANSWERED;
    }
    try {
      return correct.test(answer) ? Verdict.PASSED : Verdict.FAILED;
    } catch (RuntimeException wrongShapeOrWorse) {
      return Verdict.FAILED;
    }
  }
}
