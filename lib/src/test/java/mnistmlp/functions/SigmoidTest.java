package mnistmlp.functions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

class SigmoidTest {

  @Property
  void isSymmetric(@ForAll @DoubleRange(min = -800, max = 800) double x) {
    assertThat(Sigmoid.sigmoid(-x)).isCloseTo(1 - Sigmoid.sigmoid(x), within(1e-15));
  }

  /** The branch-free code gives, bit for bit, the notes' two forms chosen by the sign. */
  @Property
  void isTheNotesTwoFormsExactly(@ForAll double x) {
    double twoForms = x >= 0 ? 1.0 / (1.0 + Math.exp(-x)) : Math.exp(x) / (1.0 + Math.exp(x));
    assertThat(Double.doubleToRawLongBits(Sigmoid.sigmoid(x))).isEqualTo(Double.doubleToRawLongBits(twoForms));
  }

  @Property
  void staysInTheUnitIntervalForAnyFiniteInput(@ForAll double x) {
    double s = Sigmoid.sigmoid(x);
    assertThat(s).isFinite().isBetween(0.0, 1.0);
  }

  @Test
  void isFiniteAtTheExtremes() {
    assertThat(Sigmoid.sigmoid(Double.POSITIVE_INFINITY)).isEqualTo(1.0);
    assertThat(Sigmoid.sigmoid(Double.NEGATIVE_INFINITY)).isEqualTo(0.0);
    assertThat(Sigmoid.sigmoid(1000)).isEqualTo(1.0);
    assertThat(Sigmoid.sigmoid(-1000)).isEqualTo(0.0);
    assertThat(Sigmoid.sigmoid(Double.MAX_VALUE)).isEqualTo(1.0);
    assertThat(Sigmoid.sigmoid(-Double.MAX_VALUE)).isEqualTo(0.0);
    assertThat(Sigmoid.sigmoid(0)).isEqualTo(0.5);
  }

  @Test
  void keepsTinyValuesThatTheOneLinerLoses() {
    // e^-700 / (1 + e^-700) is about 1e-304; the textbook form computes 1 / (1 + e^700) = 1/inf = 0
    assertThat(Sigmoid.sigmoid(-700)).isGreaterThan(0).isCloseTo(Math.exp(-700), within(1e-310));
    assertThat(1.0 / (1.0 + Math.exp(710))).isEqualTo(0.0); // the one-liner at −710: e^710 overflows to ∞
    assertThat(Sigmoid.sigmoid(-710)).isGreaterThan(0);
  }

  @Test
  void derivativeIsSigmaTimesOneMinusSigma() {
    assertThat(Sigmoid.derivative(0)).isEqualTo(0.25);
    double x = 1.3;
    double numerical = (Sigmoid.sigmoid(x + 1e-6) - Sigmoid.sigmoid(x - 1e-6)) / 2e-6;
    assertThat(Sigmoid.derivative(x)).isCloseTo(numerical, within(1e-9));
  }
}
