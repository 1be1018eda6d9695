package mnistmlp.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
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

  /** Rows picked by index (repeats allowed), appended or listed by column give back the same matrix. */
  @Property(tries = 30)
  void rowsByIndexAndByColumnAreTheMatrixRows(
      @ForAll @IntRange(min = 1, max = 9) int rows, @ForAll @IntRange(min = 1, max = 12) int cols, @ForAll long seed) {
    Random random = new Random(seed);
    Matrix x = Matrix.randn(rows, cols, random).map(v -> v > 0.5 ? v : 0.0);
    SparseRows sparse = SparseRows.of(x);
    assertThat(sparse.toMatrix()).isEqualTo(x);

    int[] picked = random.ints(rows + 3, 0, rows).toArray();
    SparseRows some = new SparseRows(cols);
    some.setToRowsOf(sparse, picked);
    some.append(sparse);
    for (int i = 0; i < picked.length; i++) {
      assertThat(some.toMatrix().rowCopy(i)).containsExactly(x.rowCopy(picked[i]));
    }
    assertThat(some.toMatrix().rowCopy(picked.length + rows - 1)).containsExactly(x.rowCopy(rows - 1));

    sparse.indexColumns();
    for (int column = 0; column < cols; column++) {
      int k = column;
      int previousRow = -1;
      for (int q = sparse.columnStart[k]; q < sparse.columnStart[k + 1]; q++) {
        assertThat(sparse.byColumnRow[q]).isGreaterThan(previousRow);
        assertThat(sparse.byColumnValue[q]).isEqualTo(x.get(sparse.byColumnRow[q], k));
        previousRow = sparse.byColumnRow[q];
      }
      assertThat(sparse.columnStart[k + 1] - sparse.columnStart[k]).isEqualTo(
          (int) java.util.stream.IntStream.range(0, rows).filter(n -> x.get(n, k) != 0.0).count());
    }
  }
}
