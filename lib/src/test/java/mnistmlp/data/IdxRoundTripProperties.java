package mnistmlp.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class IdxRoundTripProperties {
  @Property(tries = 20)
  void roundTripsAnyLabels(@ForAll @IntRange(min = 0, max = 40) int n, @ForAll long seed) throws IOException {
    Path file = Files.createTempFile("labels", "-idx1-ubyte.gz");
    try {
      byte[] labels = new byte[n];
      java.util.Random random = new java.util.Random(seed);
      for (int i = 0; i < n; i++) {
        labels[i] = (byte) random.nextInt(10);
      }
      IdxWriter.writeLabels(file, labels);
      assertThat(IdxReader.readLabels(file)).isEqualTo(labels);
    } finally {
      Files.delete(file);
    }
  }

  @Property(tries = 10)
  void roundTripsAnyImages(@ForAll @IntRange(min = 0, max = 5) int n, @ForAll long seed) throws IOException {
    Path file = Files.createTempFile("images", "-idx3-ubyte");
    try {
      byte[] pixels = new byte[n * ImageSet.PIXELS];
      new java.util.Random(seed).nextBytes(pixels);
      IdxWriter.writeImages(file, pixels);
      assertThat(IdxReader.readImages(file)).isEqualTo(pixels);
    } finally {
      Files.delete(file);
    }
  }
}
