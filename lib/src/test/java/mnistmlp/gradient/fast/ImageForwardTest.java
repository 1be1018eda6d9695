package mnistmlp.gradient.fast;

import static org.assertj.core.api.Assertions.assertThat;

import mnistmlp.math.Matrix;
import mnistmlp.network.ForwardPass;
import mnistmlp.network.Parameters;
import mnistmlp.network.SparseRows;
import org.junit.jupiter.api.Test;

class ImageForwardTest {

  /** Only the non-zero pixels are kept, in order, with one number per distinct value. */
  @Test
  void loadKeepsTheNonZeroPixelsInOrder() {
    ImageForward image = new ImageForward(6, 1, 2);
    SparseRows x = SparseRows.of(Matrix.row(0.0, 0.5, -0.0, 0.25, 0.5, 0.0));
    Parameters p = Parameters.of(Matrix.zeros(6, 1), Matrix.zeros(1, 1), Matrix.zeros(1, 2), Matrix.zeros(1, 2));
    image.load(new ForwardPass().run(p, x), x, 0, 1);
    assertThat(image.nonZero).isEqualTo(3);
    assertThat(java.util.Arrays.copyOf(image.pixelIndex, 3)).containsExactly(1, 3, 4);
    assertThat(java.util.Arrays.copyOf(image.pixelSlot, 3)).containsExactly(0, 1, 0);
    assertThat(image.y).containsExactly(0.5, 0.5);
  }
}
