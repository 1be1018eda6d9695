package mnistmlp.plots;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import mnistmlp.io.AtomicFiles;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * The image a cell displays, {@code display(Figures.image(chart, "02-sigmoid"))}, also saved as
 * {@code <name>.png} when {@value #DIRECTORY_VARIABLE} names a directory: one command regenerates every figure.
 */
public final class Figures {
  public static final String DIRECTORY_VARIABLE = "MNIST_MLP_FIGURES";
  /** Takes the place of the variable when set: a JVM cannot change its own environment. */
  public static final String DIRECTORY_PROPERTY = "mnistmlp.figures";

  private Figures() {}

  /** The chart at twice its pixel density, round ticks, every text checked against its font. */
  public static BufferedImage image(Chart<?, ?> chart, String name) {
    return image(ChartImage.draw(chart), name);
  }

  public static BufferedImage image(BufferedImage image, String name) {
    if (name == null || !name.matches("[a-z0-9][a-z0-9-]*")) {
      throw new IllegalArgumentException(
          "figure names are lower-case letters, digits and dashes, like 03-forward-pass; got '" + name + "'");
    }
    String dir = System.getProperty(DIRECTORY_PROPERTY, System.getenv(DIRECTORY_VARIABLE));
    if (dir == null || dir.isBlank()) {
      return image;
    }
    try { // through a temporary file: a reader never sees half a figure
      AtomicFiles.write(Path.of(dir, name + ".png"), out -> {
        if (!ImageIO.write(image, "png", out)) {
          throw new IOException("no PNG writer for this image type");
        }
      });
      return image;
    } catch (IOException e) {
      throw new UncheckedIOException("could not write figure " + name + " to " + dir, e);
    }
  }
}
