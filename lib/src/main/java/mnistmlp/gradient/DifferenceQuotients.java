package mnistmlp.gradient;

import java.util.Arrays;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import java.util.function.ToDoubleFunction;
import java.util.stream.IntStream;

/**
 * Numerical differentiation (数值微分) of plain functions, the book's chapter 4 before the
 * network: the forward difference (f(x+h) − f(x)) / h, the central difference
 * (f(x+h) − f(x−h)) / 2h, how their errors depend on h, and the gradient of a function of a vector.
 */
public final class DifferenceQuotients {
  private DifferenceQuotients() {}

  /** One step size and the absolute error each quotient makes with it. */
  public record Error(double h, double forwardError, double centralError) {}

  public static double forward(DoubleUnaryOperator f, double x, double h) {
    return (f.applyAsDouble(x + h) - f.applyAsDouble(x)) / h;
  }

  public static double central(DoubleUnaryOperator f, double x, double h) {
    return (f.applyAsDouble(x + h) - f.applyAsDouble(x - h)) / (2 * h);
  }

  /** |quotient − exact derivative| for each h: truncation error falls with h, rounding error grows. */
  public static List<Error> errors(DoubleUnaryOperator f, DoubleUnaryOperator derivative, double x, double[] hs) {
    double exact = derivative.applyAsDouble(x);
    return Arrays.stream(hs)
        .mapToObj(h -> new Error(h, Math.abs(forward(f, x, h) - exact), Math.abs(central(f, x, h) - exact)))
        .toList();
  }

  /** 10^from, 10^(from+1), …, 10^to. */
  public static double[] powersOfTen(int from, int to) {
    return IntStream.rangeClosed(from, to).mapToDouble(e -> Math.pow(10, e)).toArray();
  }

  /** The central-difference gradient of f at x, one coordinate at a time; x is left unchanged. */
  public static double[] gradient(ToDoubleFunction<double[]> f, double[] x, double h) {
    double[] point = x.clone();
    return IntStream.range(0, x.length).mapToDouble(i -> {
      point[i] = x[i] + h;
      double plus = f.applyAsDouble(point);
      point[i] = x[i] - h;
      double minus = f.applyAsDouble(point);
      point[i] = x[i];
      return (plus - minus) / (2 * h);
    }).toArray();
  }
}
