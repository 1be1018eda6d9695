package mnistmlp.functions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import mnistmlp.math.Matrix;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class SoftmaxTest {

  @Property
  void eachRowIsAProbabilityDistribution(
      @ForAll @Size(min = 1, max = 12) double @DoubleRange(min = -1e4, max = 1e4) [] row) {
    Matrix y = Softmax.softmax(Matrix.of(new double[][] {row, reversed(row)}));
    for (int i = 0; i < 2; i++) {
      double sum = 0;
      for (int k = 0; k < row.length; k++) {
        assertThat(y.get(i, k)).isBetween(0.0, 1.0);
        sum += y.get(i, k);
      }
      assertThat(sum).isCloseTo(1.0, within(1e-12));
    }
  }

  @Property
  void addingAConstantToARowChangesNothing(
      @ForAll @Size(min = 1, max = 12) double @DoubleRange(min = -100, max = 100) [] row,
      @ForAll @DoubleRange(min = -1000, max = 1000) double c) {
    double[] shifted = Arrays.stream(row).map(v -> v + c).toArray();
    double[] y = Softmax.softmax(row);
    double[] yShifted = Softmax.softmax(shifted);
    for (int k = 0; k < row.length; k++) {
      assertThat(yShifted[k]).isCloseTo(y[k], within(1e-9));
    }
  }

  @Test
  void largeScoresDoNotOverflow() {
    double[] y = Softmax.softmax(new double[] {1010, 1000, 990});
    assertThat(y).doesNotContain(Double.NaN);
    assertThat(y[0]).isCloseTo(1 / (1 + Math.exp(-10) + Math.exp(-20)), within(1e-15));
    double unshifted = Math.exp(1010) / (Math.exp(1010) + Math.exp(1000) + Math.exp(990));
    assertThat(unshifted).isNaN(); // ∞ / ∞: what the shift prevents
  }

  @Test
  void worksRowByRow() {
    Matrix y = Softmax.softmax(Matrix.of(new double[][] {{0, 0}, {0, Math.log(3)}}));
    assertThat(y.rowCopy(0)).containsExactly(0.5, 0.5);
    assertThat(y.get(1, 0)).isCloseTo(0.25, within(1e-15));
    assertThat(y.get(1, 1)).isCloseTo(0.75, within(1e-15));
  }

  private static double[] reversed(double[] a) {
    double[] r = new double[a.length];
    for (int i = 0; i < a.length; i++) {
      r[i] = a[a.length - 1 - i];
    }
    return r;
  }
}
