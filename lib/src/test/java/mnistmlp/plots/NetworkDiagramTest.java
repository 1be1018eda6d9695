package mnistmlp.plots;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class NetworkDiagramTest {

  @Test
  void aSmallLayerIsDrawnInFull() {
    assertThat(NetworkDiagram.shown(10)).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
  }

  @Test
  void aTallLayerShowsItsFirstAndLastUnitsWithAGap() {
    var units = NetworkDiagram.shown(784);
    assertThat(units).hasSize(NetworkDiagram.MAX_SHOWN).contains(1, 784)
        .containsOnlyOnce((Integer) null);
    int gap = units.indexOf(null);
    assertThat(units.subList(0, gap)).isSorted().allMatch(k -> k < 10);
    assertThat(units.subList(gap + 1, units.size())).isSorted().allMatch(k -> k > 775);
  }

  @Test
  void theFigureIsDrawnAtItsSizeAndTheChartsDensity() {
    BufferedImage image = NetworkDiagram.draw(784, 50, 10);
    assertThat(image.getWidth()).isEqualTo(NetworkDiagram.WIDTH * Figures.DENSITY);
    assertThat(image.getHeight()).isEqualTo(NetworkDiagram.HEIGHT * Figures.DENSITY);
    assertThat(PlotsTest.inkedPixels(image)).isGreaterThan(20_000);
  }

  @Test
  void aDifferentNetworkGivesADifferentPicture() {
    int[] notes = NetworkDiagram.draw(784, 50, 10).getRGB(0, 0, 760, 460, null, 0, 760);
    int[] small = NetworkDiagram.draw(2, 3, 2).getRGB(0, 0, 760, 460, null, 0, 760);
    assertThat(Arrays.equals(notes, small)).isFalse();
  }
}
