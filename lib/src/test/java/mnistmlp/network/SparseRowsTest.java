package mnistmlp.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import mnistmlp.data.ImageSet;
import mnistmlp.math.Matrix;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class SparseRowsTest {

  /** An entry is kept exactly when v != 0.0: both zeros go, NaN, the tiniest and infinities stay. */
  @Test
  void keepsWhatIsNotEqualToZero() {
    double[] values = {0.0, -0.0, Double.NaN, Double.MIN_VALUE, -Double.MIN_VALUE, 1 / 255.0, -1.0,
        Double.MAX_VALUE, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
    SparseRows rows = SparseRows.of(Matrix.row(values));
    assertThat(rows.entries()).isEqualTo(values.length - 2);
    for (int e = 0; e < rows.entries(); e++) {
      assertThat(rows.column(e)).isEqualTo(e + 2);
      assertThat(Double.valueOf(rows.value(e))).isEqualTo(Double.valueOf(values[e + 2])); // NaN equals NaN here
    }
  }

  /** Pixel bytes read directly hold what the normalised float batch of the same images holds. */
  @Property(tries = 30)
  void unsignedBytesGiveTheNormalisedBatchEntryForEntry(
      @ForAll @IntRange(min = 0, max = 9) int images, @ForAll long seed) {
    Random random = new Random(seed);
    byte[] pixels = new byte[images * ImageSet.PIXELS];
    for (int p = 0; p < pixels.length; p++) {
      pixels[p] = random.nextInt(3) == 0 ? (byte) random.nextInt(256) : 0; // 255 is the byte -1
    }
    ImageSet set = new ImageSet(pixels, new byte[images]);
    SparseRows direct = SparseRows.ofUnsignedBytes(pixels, ImageSet.PIXELS, 255.0);
    SparseRows viaBatch = SparseRows.of(set.images(0, images, true));
    assertThat(direct.rows()).isEqualTo(images);
    assertThat(direct.entries()).isEqualTo(viaBatch.entries());
    for (int e = 0; e < direct.entries(); e++) {
      assertThat(direct.column(e)).isEqualTo(viaBatch.column(e));
      assertThat(direct.value(e)).isEqualTo(viaBatch.value(e));
    }
    for (int n = 0; n <= images; n++) {
      assertThat(direct.rowStart(n)).isEqualTo(viaBatch.rowStart(n));
    }
  }

  @Test
  void bytesThatDoNotMakeWholeRowsAreRefused() {
    assertThatThrownBy(() -> SparseRows.ofUnsignedBytes(new byte[785], 784, 255.0))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("785 bytes do not make rows of 784");
  }

  /**
   * Rows picked by index (repeats allowed, into a reused instance), set from a matrix, or listed by
   * column give back the same matrix; a refill is listed by column afresh, not by the lists of the
   * rows it replaced.
   */
  @Property(tries = 30)
  void rowsByIndexAndByColumnAreTheMatrixRows(
      @ForAll @IntRange(min = 1, max = 9) int rows, @ForAll @IntRange(min = 1, max = 12) int cols, @ForAll long seed) {
    Random random = new Random(seed);
    Matrix x = Matrix.randn(rows, cols, random).map(v -> v > 0.5 ? v : 0.0);
    SparseRows sparse = SparseRows.of(x);
    assertThat(sparse.toMatrix()).isEqualTo(x);

    SparseRows some = new SparseRows(cols);
    some.setToRowsOf(sparse, random.ints(2 * rows + 5, 0, rows).toArray()); // more rows than the refill below
    some.indexColumns();
    int[] picked = random.ints(rows + 3, 0, rows).toArray();
    some.setToRowsOf(sparse, picked);
    assertThat(some.rows()).isEqualTo(picked.length);
    for (int i = 0; i < picked.length; i++) {
      assertThat(some.toMatrix().rowCopy(i)).containsExactly(x.rowCopy(picked[i]));
    }

    sparse.indexColumns();
    assertListedByColumn(sparse, x);
    some.indexColumns();
    assertListedByColumn(some, some.toMatrix());
    some.setTo(x); // a dense matrix again, into the arrays it has
    assertThat(some.toMatrix()).isEqualTo(x);
    some.indexColumns();
    assertListedByColumn(some, x);
  }

  private static void assertListedByColumn(SparseRows sparse, Matrix x) {
    for (int column = 0; column < x.cols(); column++) {
      int k = column;
      int previousRow = -1;
      for (int q = sparse.columnStart[k]; q < sparse.columnStart[k + 1]; q++) {
        assertThat(sparse.byColumnRow[q]).isGreaterThan(previousRow);
        assertThat(sparse.byColumnValue[q]).isEqualTo(x.get(sparse.byColumnRow[q], k));
        previousRow = sparse.byColumnRow[q];
      }
      assertThat(sparse.columnStart[k + 1] - sparse.columnStart[k]).isEqualTo(
          (int) java.util.stream.IntStream.range(0, x.rows()).filter(n -> x.get(n, k) != 0.0).count());
    }
  }
}
