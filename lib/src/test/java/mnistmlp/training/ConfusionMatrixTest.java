package mnistmlp.training;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConfusionMatrixTest {
  @Test
  void countsPairsAndFindsMistakes() {
    int[] actual = {3, 3, 5, 5, 5, 7};
    int[] predicted = {3, 5, 5, 3, 3, 7};
    ConfusionMatrix cm = ConfusionMatrix.of(actual, predicted, 10);
    assertThat(cm.counts()[3][3]).isEqualTo(1);
    assertThat(cm.counts()[5][3]).isEqualTo(2);
    assertThat(cm.counts()[5][5]).isEqualTo(1);
    cm.counts()[3][3] = 99; // a copy
    assertThat(cm.counts()[3][3]).isEqualTo(1);
    assertThat(cm.accuracy()).isEqualTo(3.0 / 6);
    assertThat(cm.mostCommonMistake()).containsExactly(5, 3, 2);
    assertThat(ConfusionMatrix.mistakes(actual, predicted)).containsExactly(1, 3, 4);
  }

  @Test
  void anEmptyMatrixHasNoAccuracyToSpeakOf() {
    assertThat(ConfusionMatrix.of(new int[0], new int[0], 3).accuracy()).isZero();
  }
}
