package mnistmlp.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * A whole number within the range this project accepts; outside it is a usage error naming the
 * option. The upper bounds keep a typing slip from asking for more memory or time than any lesson
 * needs: sizes decide how large the matrices are, counts how long the history grows.
 */
abstract class IntRange implements ITypeConverter<Integer> {
  private final int min;
  private final int max;

  IntRange(int min, int max) {
    this.min = min;
    this.max = max;
  }

  @Override
  public Integer convert(String text) {
    int value = Integer.parseInt(text.strip()); // picocli reports a NumberFormatException as "cannot convert"
    if (value < min) {
      throw new TypeConversionException("must be at least " + min + ", got " + text);
    }
    if (value > max) {
      throw new TypeConversionException("must be at most " + max + ", got " + text);
    }
    return value;
  }

  /** Images per batch: at most the whole MNIST training set at once. */
  static final class BatchSize extends IntRange {
    static final int MAX = 60_000;

    BatchSize() {
      super(1, MAX);
    }
  }

  /** Hidden units: up to 10,000, two hundred times the lessons' 50. */
  static final class HiddenUnits extends IntRange {
    HiddenUnits() {
      super(1, 10_000);
    }
  }

  /** A number of iterations, epochs or steps: up to a million iterations, a hundred times the book's run. */
  static final class Count extends IntRange {
    static final int MAX = 1_000_000;

    Count() {
      super(0, MAX);
    }
  }

  /** A count that must be at least one, such as timed repeats or sampled parameters. */
  static final class AtLeastOne extends IntRange {
    AtLeastOne() {
      super(1, Count.MAX);
    }
  }
}
