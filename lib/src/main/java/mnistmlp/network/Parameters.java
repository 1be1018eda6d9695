package mnistmlp.network;

import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import mnistmlp.math.Matrix;

/**
 * The network's parameters, the {@code para} dictionary of the notes: {@code W1} (784×50),
 * {@code b1} (1×50), {@code W2} (50×10), {@code b2} (1×10). Gradients use the same type, so a
 * gradient has exactly one entry per parameter, under the same name and shape.
 */
public record Parameters(Matrix w1, Matrix b1, Matrix w2, Matrix b2) {
  /** The names in the order the lessons print them. */
  public static final List<String> NAMES = List.of("W1", "b1", "W2", "b2");

  /** Checks that the four matrices fit together as a two-layer network. */
  public Parameters {
    requireShape("b1", b1, 1, w1.cols());
    requireShape("W2", w2, w1.cols(), w2.cols());
    requireShape("b2", b2, 1, w2.cols());
  }

  public static Parameters of(Matrix w1, Matrix b1, Matrix w2, Matrix b2) {
    return new Parameters(w1, b1, w2, b2);
  }

  public Matrix get(String name) {
    return switch (String.valueOf(name)) {
      case "W1" -> w1;
      case "b1" -> b1;
      case "W2" -> w2;
      case "b2" -> b2;
      default -> throw new IllegalArgumentException("no parameter named " + name + "; the names are " + NAMES);
    };
  }

  public int inputSize() {
    return w1.rows();
  }

  public int hiddenSize() {
    return w1.cols();
  }

  public int outputSize() {
    return w2.cols();
  }

  /** Throws unless inputs of {@code cols} columns ({@code rows} of them, for the message) fit W1. */
  public void requireInputs(int rows, int cols) {
    if (cols != inputSize()) {
      throw new IllegalArgumentException("input (" + rows + ", " + cols + ") does not fit W1 " + w1.shape()
          + ": need " + inputSize() + " columns");
    }
  }

  /** How many numbers there are to learn: 784·50 + 50 + 50·10 + 10 = 39,760 for the notes' net. */
  public int count() {
    return w1.size() + b1.size() + w2.size() + b2.size();
  }

  /** A deep copy. */
  public Parameters copy() {
    return map(Matrix::copy);
  }

  /** Zeros in this set's shapes: the empty gradient. */
  public Parameters zerosLike() {
    return map(m -> Matrix.zeros(m.rows(), m.cols()));
  }

  /** Copies the values of {@code other}, a set of the same shapes, into these matrices. */
  public void setTo(Parameters other) {
    requireShapesOf(other);
    NAMES.forEach(name -> System.arraycopy(other.get(name).data(), 0, get(name).data(), 0, get(name).size()));
  }

  /** Checks that {@code other} has this set's shapes, parameter by parameter. */
  public void requireShapesOf(Parameters other) {
    NAMES.forEach(name -> requireShape(name, other.get(name), get(name).rows(), get(name).cols()));
  }

  /** θ ← θ − lr·g for every parameter, in place. */
  public void subtract(double learningRate, Parameters gradient) {
    NAMES.forEach(name -> get(name).subtractInPlace(learningRate, gradient.get(name)));
  }

  private Parameters map(UnaryOperator<Matrix> f) {
    return new Parameters(f.apply(w1), f.apply(b1), f.apply(w2), f.apply(b2));
  }

  private static void requireShape(String name, Matrix m, int rows, int cols) {
    if (m.rows() != rows || m.cols() != cols) {
      throw new IllegalArgumentException(
          name + " has shape " + m.shape() + " but the network needs (" + rows + ", " + cols + ")");
    }
  }

  @Override
  public String toString() {
    return NAMES.stream().map(name -> name + " " + get(name).shape())
        .collect(Collectors.joining(", ", "Parameters{", "}"));
  }
}
