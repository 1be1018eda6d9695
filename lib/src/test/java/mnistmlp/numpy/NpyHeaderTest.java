package mnistmlp.numpy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class NpyHeaderTest {

  @Test
  void readsWhatNumpyWritesAndWhatOtherWritersDo() throws Exception {
    Npy.Header numpy = Npy.Header.parse("{'descr': '<f8', 'fortran_order': False, 'shape': (3, 4), }          \n", "a.npy");
    assertThat(numpy.descr()).isEqualTo("<f8");
    assertThat(numpy.fortranOrder()).isFalse();
    assertThat(numpy.shape()).containsExactly(3, 4);

    Npy.Header other = Npy.Header.parse("{\"shape\": (10L,), \"fortran_order\": True, \"descr\": \"|u1\"}", "b.npy");
    assertThat(other.descr()).isEqualTo("|u1");
    assertThat(other.fortranOrder()).isTrue();
    assertThat(other.shape()).containsExactly(10);

    assertThat(Npy.Header.parse("{'descr': '<i8', 'fortran_order': False, 'shape': (), }", "s.npy").shape()).isEmpty();
  }

  @Test
  void writesTheDictAsNumpyDoesAndReadsItBack() throws Exception {
    Npy.Header header = new Npy.Header("<f8", false, new int[] {784, 50});
    assertThat(header.dictLiteral()).isEqualTo("{'descr': '<f8', 'fortran_order': False, 'shape': (784, 50), }" + " ".repeat(18));
    assertThat(Npy.Header.parse(header.dictLiteral(), "r.npy").shape()).containsExactly(784, 50);
  }

  @Test
  void refusesWhatItDoesNotUnderstandNamingTheFile() {
    assertThatThrownBy(() -> Npy.Header.parse("{'descr': '<f8', 'descr': '<f4', 'fortran_order': False, 'shape': (1,)}", "d.npy"))
        .hasMessageStartingWith("d.npy: malformed .npy header (key 'descr' appears twice)");
    assertThatThrownBy(() -> Npy.Header.parse("{'descr': [('x', '<f8')], 'fortran_order': False, 'shape': (1,)}", "s.npy"))
        .hasMessage("s.npy: unsupported dtype [('x', '<f8')] (structured arrays are not supported)");
    assertThatThrownBy(() -> Npy.Header.parse("{'descr': '<f8', 'fortran_order': 0, 'shape': (1,)}", "f.npy"))
        .hasMessageStartingWith("f.npy: malformed .npy header (unexpected text at character");
    assertThatThrownBy(() -> Npy.Header.parse("{'descr': '<f8', 'fortran_order': False, 'shape': (1,), 'x': True}", "k.npy"))
        .hasMessageStartingWith("k.npy: the .npy header has the keys [descr, fortran_order, shape, x], not descr,");
    assertThatThrownBy(() -> Npy.Header.parse("{'descr': '<f8', 'fortran_order': False}", "m.npy"))
        .hasMessageStartingWith("m.npy: the .npy header has the keys [descr, fortran_order], not descr, fortran_order and shape");
    assertThatThrownBy(() -> Npy.Header.parse("{'descr': '<f8', 'fortran_order': False, 'shape': (-1,)}", "n.npy"))
        .hasMessageStartingWith("n.npy: 'shape' must be a tuple of non-negative integers, got (-1,)");
    assertThatThrownBy(() -> Npy.Header.parse("{'descr': '<f8', 'fortran_order': False, 'shape': (3000000000,)}", "l.npy"))
        .hasMessage("l.npy: dimension 3000000000 of the shape is too large");
    assertThatThrownBy(() -> Npy.Header.parse("'descr': '<f8'", "x.npy")).hasMessageStartingWith("x.npy: malformed .npy header (it is not a dict literal)");
  }
}
