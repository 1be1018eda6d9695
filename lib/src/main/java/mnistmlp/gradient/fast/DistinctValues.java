package mnistmlp.gradient.fast;

import java.util.Arrays;

/**
 * Numbers each distinct pixel value of one image in order of first appearance: 0, 1, 2, …
 * An open-addressing hash table keyed by the value's bits, emptied between images by bumping a
 * generation counter rather than by clearing it.
 */
final class DistinctValues {
  private final long[] keys;
  private final int[] slots;
  private final int[] generation;
  private final double[] values;
  private int current = 1;
  private int count;

  DistinctValues(int capacity) {
    int size = Integer.highestOneBit(Math.max(4, capacity) * 4 - 1) << 1; // load factor ≤ 1/4
    keys = new long[size];
    slots = new int[size];
    generation = new int[size];
    values = new double[capacity];
  }

  void clear() {
    count = 0;
    if (++current == Integer.MAX_VALUE) {
      Arrays.fill(generation, 0);
      current = 1;
    }
  }

  /** The number of {@code value}, giving it the next number if it is new. */
  int slotOf(double value) {
    long bits = Double.doubleToRawLongBits(value);
    int mask = keys.length - 1;
    int i = (int) ((bits * 0x9E3779B97F4A7C15L) >>> 40) & mask;
    for (; generation[i] == current; i = (i + 1) & mask) {
      if (keys[i] == bits) {
        return slots[i];
      }
    }
    generation[i] = current;
    keys[i] = bits;
    slots[i] = count;
    values[count] = value;
    return count++;
  }

  int count() {
    return count;
  }

  double value(int slot) {
    return values[slot];
  }
}
