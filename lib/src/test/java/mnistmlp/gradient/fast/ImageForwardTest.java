package mnistmlp.gradient.fast;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import mnistmlp.math.Matrix;
import mnistmlp.network.ForwardPass;
import mnistmlp.network.Parameters;
import mnistmlp.network.SparseRows;
import org.junit.jupiter.api.Test;

class ImageForwardTest {

  /** The non-zero pixels, in order, get one number per distinct value; the rows are the forward pass's. */
  @Test
  void numbersTheDistinctValuesOfTheNonZeroPixelsInOrder() {
    ImageForward image = new ImageForward(6, 1, 2);
    SparseRows x = SparseRows.of(Matrix.row(0.0, 0.5, -0.0, 0.25, 0.5, 0.0));
    Parameters p = Parameters.of(Matrix.zeros(6, 1), Matrix.zeros(1, 1), Matrix.zeros(1, 2), Matrix.zeros(1, 2));
    image.view(new ForwardPass().run(p, x), 0, 1);
    int[] slot = new int[x.entries()];
    image.numberValues(x, 0, slot);
    assertThat(x.entries()).isEqualTo(3);
    assertThat(new int[] {x.column(0), x.column(1), x.column(2)}).containsExactly(1, 3, 4);
    assertThat(slot).containsExactly(0, 1, 0);
    assertThat(image.distinctValues()).isEqualTo(2);
    assertThat(Arrays.copyOf(image.distinctValue, 2)).containsExactly(0.5, 0.25);
    assertThat(image.y).containsExactly(0.5, 0.5);
  }
}
