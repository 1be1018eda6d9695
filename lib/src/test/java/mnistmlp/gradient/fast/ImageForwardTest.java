package mnistmlp.gradient.fast;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ImageForwardTest {

  /** The bit trick says what v != 0.0 says, for both zeros, NaN, the tiniest and the largest numbers. */
  @Test
  void isNotZeroIsTheComparisonWithZero() {
    double[] values = {0.0, -0.0, Double.NaN, Double.MIN_VALUE, -Double.MIN_VALUE, 1 / 255.0, -1.0,
        Double.MAX_VALUE, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
    for (double v : values) {
      assertThat(ImageForward.isNotZero(v)).as("%s", v).isEqualTo(v != 0.0 ? 1 : 0);
    }
  }

  /** Only the non-zero pixels are kept, in order, with one number per distinct value. */
  @Test
  void loadKeepsTheNonZeroPixelsInOrder() {
    ImageForward image = new ImageForward(6, 1, 2);
    double[] x = {0.0, 0.5, -0.0, 0.25, 0.5, 0.0};
    image.load(x, 0, 1, new Weights(new double[6], new double[1], new double[2], new double[2]));
    assertThat(image.nonZero).isEqualTo(3);
    assertThat(java.util.Arrays.copyOf(image.pixelIndex, 3)).containsExactly(1, 3, 4);
    assertThat(java.util.Arrays.copyOf(image.pixelSlot, 3)).containsExactly(0, 1, 0);
  }
}
