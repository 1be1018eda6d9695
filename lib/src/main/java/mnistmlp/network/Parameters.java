package mnistmlp.network;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import mnistmlp.math.Matrix;

/**
 * The network's parameters by name, the {@code para} dictionary of the notes: {@code W1} (784×50),
 * {@code b1} (1×50), {@code W2} (50×10), {@code b2} (1×10). Gradients use the same type, so a
 * gradient has exactly one entry per parameter, under the same name and shape.
 */
public final class Parameters {
  /** The names in the order the lessons print them. */
  public static final List<String> NAMES = List.of("W1", "b1", "W2", "b2");

  private final Map<String, Matrix> byName;

  private Parameters(Map<String, Matrix> byName) {
    this.byName = byName;
  }

  /** Parameters from four matrices, checked to fit together as a two-layer network. */
  public static Parameters of(Matrix w1, Matrix b1, Matrix w2, Matrix b2) {
    requireShape("b1", b1, 1, w1.cols());
    requireShape("W2", w2, w1.cols(), w2.cols());
    requireShape("b2", b2, 1, w2.cols());
    Map<String, Matrix> map = new LinkedHashMap<>();
    map.put("W1", w1);
    map.put("b1", b1);
    map.put("W2", w2);
    map.put("b2", b2);
    return new Parameters(map);
  }

  /** Parameters from a map holding exactly {@link #NAMES}. */
  public static Parameters of(Map<String, Matrix> map) {
    for (String name : NAMES) {
      if (!map.containsKey(name)) {
        throw new IllegalArgumentException("missing parameter " + name + " (have " + map.keySet() + ")");
      }
    }
    if (map.size() != NAMES.size()) {
      throw new IllegalArgumentException("expected exactly " + NAMES + ", got " + map.keySet());
    }
    return of(map.get("W1"), map.get("b1"), map.get("W2"), map.get("b2"));
  }

  public Matrix get(String name) {
    Matrix m = byName.get(name);
    if (m == null) {
      throw new IllegalArgumentException("no parameter named " + name + "; the names are " + NAMES);
    }
    return m;
  }

  public Matrix w1() {
    return byName.get("W1");
  }

  public Matrix b1() {
    return byName.get("b1");
  }

  public Matrix w2() {
    return byName.get("W2");
  }

  public Matrix b2() {
    return byName.get("b2");
  }

  public int inputSize() {
    return w1().rows();
  }

  public int hiddenSize() {
    return w1().cols();
  }

  public int outputSize() {
    return w2().cols();
  }

  /** How many numbers there are to learn: 784·50 + 50 + 50·10 + 10 = 39,760 for the notes' net. */
  public int count() {
    return byName.values().stream().mapToInt(Matrix::size).sum();
  }

  /** The matrices by name, read-only (the matrices themselves stay mutable). */
  public Map<String, Matrix> asMap() {
    return Collections.unmodifiableMap(byName);
  }

  /** A deep copy. */
  public Parameters copy() {
    return combine(this, (name, m) -> m.copy());
  }

  /** Zeros in this set's shapes: the empty gradient. */
  public Parameters zerosLike() {
    return combine(this, (name, m) -> Matrix.zeros(m.rows(), m.cols()));
  }

  /** θ ← θ − lr·g for every parameter, in place. */
  public void subtract(double learningRate, Parameters gradient) {
    for (String name : NAMES) {
      get(name).subtractInPlace(learningRate, gradient.get(name));
    }
  }

  private static Parameters combine(Parameters source, BiFunction<String, Matrix, Matrix> f) {
    Map<String, Matrix> map = new LinkedHashMap<>();
    source.byName.forEach((name, m) -> map.put(name, f.apply(name, m)));
    return new Parameters(map);
  }

  private static void requireShape(String name, Matrix m, int rows, int cols) {
    if (m.rows() != rows || m.cols() != cols) {
      throw new IllegalArgumentException(
          name + " has shape " + m.shape() + " but the network needs (" + rows + ", " + cols + ")");
    }
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("Parameters{");
    byName.forEach((name, m) -> s.append(s.length() > 11 ? ", " : "").append(name).append(' ').append(m.shape()));
    return s.append('}').toString();
  }
}
