package mnistmlp.exercises;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import mnistmlp.math.Matrix;
import mnistmlp.text.Texts;

/**
 * Checks the learner's answers to a lesson's exercises and prints one line per check, in the
 * language of {@link Texts}: passed, failed with a hint, or not answered yet. A check never
 * throws, so an exercise left open (its answer still {@code null}) never stops Run All, and it
 * returns nothing, so a cell that ends with one shows only the printed line.
 */
public final class Exercises {
  enum Verdict {
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

  /** A matrix of the reference's shape, right within {@code tolerance} in every entry. */
  public static void matrix(String exercise, Matrix answer, Matrix expected, double tolerance, String hint) {
    check(exercise, answer, m -> m.sameShape(expected) && Reference.largestDifference(m, expected) <= tolerance, hint);
  }

  /** A function from matrix to matrix, right (shape and every entry) on every one of {@code inputs}. */
  public static void matrixFunction(String exercise, UnaryOperator<Matrix> answer, UnaryOperator<Matrix> reference,
      List<Matrix> inputs, double tolerance, String hint) {
    check(exercise, answer, f -> inputs.stream().allMatch(x -> {
      Matrix expected = reference.apply(x);
      Matrix got = f.apply(x.copy()); // a copy: an answer that changes its input harms no one
      return got.sameShape(expected) && Reference.largestDifference(got, expected) <= tolerance;
    }), hint);
  }

  /** Any answer, judged by {@code correct}; a check that throws counts as failed. */
  public static <T> void check(String exercise, T answer, Predicate<? super T> correct, String hint) {
    Verdict verdict = judge(answer, correct);
    LATEST.put(exercise, verdict);
    System.out.println(Texts.format(verdict.line, exercise, hint));
  }

  /** The latest verdict on {@code exercise}, or {@code null} if it was never checked. */
  static Verdict latest(String exercise) {
    return LATEST.get(exercise);
  }

  /** One line counting the latest verdicts: {@code Exercises: 3 passed, 0 failed, 1 not answered yet}. */
  public static String summary() {
    return Texts.format("Exercises: %d passed, %d failed, %d not answered yet",
        count(Verdict.PASSED), count(Verdict.FAILED), count(Verdict.NOT_ANSWERED));
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

  private static long count(Verdict verdict) {
    return LATEST.values().stream().filter(verdict::equals).count();
  }
}
