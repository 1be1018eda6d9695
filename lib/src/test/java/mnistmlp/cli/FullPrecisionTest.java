package mnistmlp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class FullPrecisionTest {

  @Test
  void printsLikeCAndPython() {
    // the expected strings are Python's '%.17g' % v
    assertThat(FullPrecision.format(0.1)).isEqualTo("0.10000000000000001");
    assertThat(FullPrecision.format(0.5)).isEqualTo("0.5");
    assertThat(FullPrecision.format(2.3025850929940455)).isEqualTo("2.3025850929940455");
    assertThat(FullPrecision.format(16.11809565095832)).isEqualTo("16.11809565095832");
    assertThat(FullPrecision.format(1e-5)).isEqualTo("1.0000000000000001e-05");
    assertThat(FullPrecision.format(1e22)).isEqualTo("1e+22");
    assertThat(FullPrecision.format(-123.0)).isEqualTo("-123");
    assertThat(FullPrecision.format(0.0)).isEqualTo("0");
    assertThat(FullPrecision.format(Double.NaN)).isEqualTo("nan");
  }

  @Property
  void readsBackAsTheSameDouble(@ForAll double v) {
    assertThat(Double.parseDouble(FullPrecision.format(v))).isEqualTo(v);
  }
}
