package mnistmlp.gradient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.List;
import org.junit.jupiter.api.Test;

class DifferenceQuotientsTest {
  @Test
  void centralDifferenceIsExactForQuadratics() {
    assertThat(DifferenceQuotients.central(x -> x * x, 3, 1e-2)).isCloseTo(6, offset(1e-10));
    assertThat(DifferenceQuotients.forward(x -> x * x, 3, 1e-2)).isCloseTo(6.01, offset(1e-10));
  }

  @Test
  void errorsShowTruncationAtLargeHAndRoundingAtTinyH() {
    List<DifferenceQuotients.Error> rows =
        DifferenceQuotients.errors(Math::sin, Math::cos, 1.0, DifferenceQuotients.powersOfTen(-12, -1));
    var atTenth = rows.get(rows.size() - 1);
    var atE4 = rows.get(8);
    var atE12 = rows.get(0);
    assertThat(atE4.h()).isCloseTo(1e-4, offset(1e-18));
    assertThat(atE4.centralError()).isLessThan(atTenth.centralError());
    assertThat(atE4.centralError()).isLessThan(atE12.centralError());
    assertThat(atTenth.centralError()).isLessThan(atTenth.forwardError());
  }

  @Test
  void gradientOfSumOfSquares() {
    double[] x = {3, 4};
    double[] g = DifferenceQuotients.gradient(p -> p[0] * p[0] + p[1] * p[1], x, 1e-4);
    assertThat(g[0]).isCloseTo(6, offset(1e-6));
    assertThat(g[1]).isCloseTo(8, offset(1e-6));
    assertThat(x).containsExactly(3, 4);
  }
}
