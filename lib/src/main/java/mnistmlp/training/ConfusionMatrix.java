package mnistmlp.training;

import java.util.ArrayList;
import java.util.List;

/**
 * How often each true class was predicted as each class: the diagonal counts the right answers,
 * everything off it is a mistake, and the row shows what a digit is mistaken for.
 */
public final class ConfusionMatrix {
  private final int[][] counts;

  private ConfusionMatrix(int[][] counts) {
    this.counts = counts;
  }

  /** Counts the pairs (actual[i], predicted[i]) over {@code classes} classes. */
  public static ConfusionMatrix of(int[] actual, int[] predicted, int classes) {
    if (actual.length != predicted.length) {
      throw new IllegalArgumentException(actual.length + " labels but " + predicted.length + " predictions");
    }
    int[][] counts = new int[classes][classes];
    for (int i = 0; i < actual.length; i++) {
      counts[actual[i]][predicted[i]]++;
    }
    return new ConfusionMatrix(counts);
  }

  /** The indices i where {@code predicted[i] != actual[i]}, in order. */
  public static int[] mistakes(int[] actual, int[] predicted) {
    List<Integer> wrong = new ArrayList<>();
    for (int i = 0; i < actual.length; i++) {
      if (actual[i] != predicted[i]) {
        wrong.add(i);
      }
    }
    return wrong.stream().mapToInt(Integer::intValue).toArray();
  }

  public int classes() {
    return counts.length;
  }

  /** How many images of class {@code actual} were predicted as {@code predicted}. */
  public int count(int actual, int predicted) {
    return counts[actual][predicted];
  }

  /** A copy of the counts, rows = true class, columns = predicted class. */
  public int[][] counts() {
    int[][] copy = new int[counts.length][];
    for (int i = 0; i < counts.length; i++) {
      copy[i] = counts[i].clone();
    }
    return copy;
  }

  public int total() {
    int total = 0;
    for (int[] row : counts) {
      for (int c : row) {
        total += c;
      }
    }
    return total;
  }

  /** The fraction on the diagonal. */
  public double accuracy() {
    int right = 0;
    for (int k = 0; k < counts.length; k++) {
      right += counts[k][k];
    }
    return total() == 0 ? 0 : (double) right / total();
  }

  /** The most frequent mistake as {actual, predicted, count}. */
  public int[] mostCommonMistake() {
    int[] best = {0, 0, 0};
    for (int i = 0; i < counts.length; i++) {
      for (int j = 0; j < counts.length; j++) {
        if (i != j && counts[i][j] > best[2]) {
          best = new int[] {i, j, counts[i][j]};
        }
      }
    }
    return best;
  }
}
