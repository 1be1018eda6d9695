package mnistmlp.training;

import java.util.Arrays;
import java.util.stream.IntStream;

/** How often each true class was predicted as each class: the diagonal counts the right answers. */
public record ConfusionMatrix(int[][] counts) {
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

  public static int[] mistakes(int[] actual, int[] predicted) {
    return IntStream.range(0, actual.length).filter(i -> actual[i] != predicted[i]).toArray();
  }

  /** A copy of the counts, rows = true class, columns = predicted class. */
  @Override
  public int[][] counts() {
    return Arrays.stream(counts).map(int[]::clone).toArray(int[][]::new);
  }

  /** The fraction on the diagonal. */
  public double accuracy() {
    int total = Arrays.stream(counts).flatMapToInt(Arrays::stream).sum();
    int right = IntStream.range(0, counts.length).map(k -> counts[k][k]).sum();
    return total == 0 ? 0 : (double) right / total;
  }

  /** The most frequent mistake as {actual, predicted, count}; the first such pair on a tie. */
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
