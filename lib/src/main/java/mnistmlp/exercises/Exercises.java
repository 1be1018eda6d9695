package mnistmlp.exercises;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import mnistmlp.math.Matrix;

/**
 * Checks the learner's answers to a lesson's exercises and prints one line per check: passed,
 * failed with a hint, or not answered yet. A check never throws, so an exercise left open (its
 * answer still {@code null}) never stops Run All. {@link #summary()} counts the latest verdict of
 * every exercise checked in this kernel. The checks return nothing, so a cell that ends with
 * one shows only the printed line.
 */
public final class Exercises {
  /** The verdict of one check. */
  public enum Verdict { PASSED, FAILED, NOT_ANSWERED }

  private static final Map<String, Verdict> LATEST = new LinkedHashMap<>();
  private static PrintStream out;  // null: System.out as it is when a check prints

  private Exercises() {}

  /** A number, right within {@code tolerance} of the reference value. */
  public static void value(String exercise, Number answer, double expected, double tolerance,
      String hint) {
    check(exercise, answer,
        a -> Math.abs(a.doubleValue() - expected) <= tolerance, hint);
  }

  /** A function of one number, right within {@code tolerance} at every one of {@code inputs}. */
  public static void function(String exercise, DoubleUnaryOperator answer,
      DoubleUnaryOperator reference, double[] inputs, double tolerance, String hint) {
    check(exercise, answer, f -> worstAt(f, reference, inputs) <= tolerance, hint);
  }

  /** A matrix of the reference's shape, right within {@code tolerance} in every entry. */
  public static void matrix(String exercise, Matrix answer, Matrix expected, double tolerance,
      String hint) {
    check(exercise, answer,
        m -> m.sameShape(expected) && Reference.largestDifference(m, expected) <= tolerance, hint);
  }

  /**
   * A function from matrix to matrix, right within {@code tolerance} on every one of
   * {@code inputs}: the reference's output shape, and every entry close.
   */
  public static void matrixFunction(String exercise, UnaryOperator<Matrix> answer,
      UnaryOperator<Matrix> reference, List<Matrix> inputs, double tolerance, String hint) {
    check(exercise, answer, f -> inputs.stream().allMatch(x -> {
      Matrix expected = reference.apply(x);
      Matrix got = f.apply(x.copy());  // a copy: an answer that changes its input harms no one
      return got.sameShape(expected) && Reference.largestDifference(got, expected) <= tolerance;
    }), hint);
  }

  /** Any answer, judged by {@code correct}; a check that throws counts as failed. */
  public static <T> void check(String exercise, T answer, Predicate<? super T> correct,
      String hint) {
    Verdict verdict = judge(answer, correct);
    LATEST.put(exercise, verdict);
    (out != null ? out : System.out).println(line(exercise, verdict, hint));
  }

  /** The latest verdict on {@code exercise}, or {@code null} if it was never checked. */
  static Verdict latest(String exercise) {
    return LATEST.get(exercise);
  }

  /**
   * One line counting the latest verdicts, such as
   * {@code Exercises: 3 passed, 0 failed, 1 not answered yet}.
   */
  public static String summary() {
    return String.format("Exercises: %d passed, %d failed, %d not answered yet",
        count(Verdict.PASSED), count(Verdict.FAILED), count(Verdict.NOT_ANSWERED));
  }

  /** Forgets every verdict (tests; a kernel restart does the same for a learner). */
  public static void reset() {
    LATEST.clear();
  }

  static void printTo(PrintStream stream) {
    out = stream;
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

  private static String line(String exercise, Verdict verdict, String hint) {
    return switch (verdict) {
      case PASSED -> "Exercise " + exercise + ": passed ✓";
      case FAILED -> "Exercise " + exercise + ": not yet right ✗ (hint: " + hint + ")";
      case NOT_ANSWERED -> "Exercise " + exercise + ": not answered yet";
    };
  }

  private static double worstAt(DoubleUnaryOperator f, DoubleUnaryOperator reference,
      double[] inputs) {
    double worst = 0;
    for (double x : inputs) {
      worst = Math.max(worst, Reference.distance(f.applyAsDouble(x), reference.applyAsDouble(x)));
    }
    return worst;
  }

  private static long count(Verdict verdict) {
    return LATEST.values().stream().filter(verdict::equals).count();
  }
}
