package mnistmlp.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import mnistmlp.math.Matrix;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class ProductsTest {

  /** Bit for bit the plain product, for sparse and dense left operands alike. */
  @Property(tries = 50)
  void transposeTimesIsTheTransposedProductToTheLastBit(
      @ForAll @IntRange(min = 1, max = 12) int rows, @ForAll @IntRange(min = 1, max = 30) int inner,
      @ForAll @IntRange(min = 1, max = 9) int width, @ForAll long seed) {
    Random random = new Random(seed);
    Matrix a = Matrix.randn(rows, inner, random).map(v -> Math.abs(v) < 0.8 ? 0.0 : v);
    Matrix b = Matrix.randn(rows, width, random);

    assertThat(Products.transposeTimes(a, b).data()).containsExactly(a.transpose().dot(b).data());
  }

  @Property(tries = 5)
  void rejectsOperandsWithDifferentRowCounts(@ForAll @IntRange(min = 1, max = 5) int rows) {
    assertThatThrownBy(() -> Products.transposeTimes(Matrix.zeros(rows, 3), Matrix.zeros(rows + 1, 2)))
        .hasMessageContaining("(" + rows + ", 3)");
  }
}
