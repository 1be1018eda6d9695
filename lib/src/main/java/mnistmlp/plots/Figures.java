package mnistmlp.plots;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import mnistmlp.io.AtomicFiles;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * Turns a chart into the image a notebook displays and, when the environment variable
 * {@value #DIRECTORY_VARIABLE} names a directory, also saves it there as {@code <name>.png}, so a
 * teacher can regenerate every figure of the lessons with one command.
 *
 * <p>A cell reads {@code display(Figures.image(chart, "02-sigmoid-and-derivative"))}.
 */
public final class Figures {
  /** The environment variable naming the directory the figures are written to. */
  public static final String DIRECTORY_VARIABLE = "MNIST_MLP_FIGURES";

  /** Names stay stable and portable: lower-case letters, digits and dashes, like file slugs. */
  private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]*");

  private Figures() {}

  /**
   * The chart drawn as an image at twice its pixel density, with round-number ticks and every text
   * checked against the font, saved as {@code <name>.png} when the directory is set.
   */
  public static BufferedImage image(Chart<?, ?> chart, String name) {
    requireName(name);
    return image(ChartImage.draw(chart), name);
  }

  /** An image drawn by hand, saved as {@code <name>.png} when the directory is set. */
  public static BufferedImage image(BufferedImage image, String name) {
    requireName(name);
    directory().ifPresent(dir -> write(image, dir, name));
    return image;
  }

  /**
   * The system property that, when set, takes the place of {@value #DIRECTORY_VARIABLE}: a JVM
   * cannot change its own environment, so this is how tests (or a caller in the same JVM) choose it.
   */
  public static final String DIRECTORY_PROPERTY = "mnistmlp.figures";

  /** The directory from {@value #DIRECTORY_PROPERTY} or else {@value #DIRECTORY_VARIABLE}, if set and not blank. */
  public static Optional<Path> directory() {
    String value = System.getProperty(DIRECTORY_PROPERTY, System.getenv(DIRECTORY_VARIABLE));
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(Paths.get(value));
  }

  /** Writes {@code <dir>/<name>.png} through {@link AtomicFiles}: a reader never sees half a file. */
  public static Path write(BufferedImage image, Path dir, String name) {
    requireName(name);
    Path target = dir.resolve(name + ".png");
    try {
      AtomicFiles.write(target, out -> {
        if (!ImageIO.write(image, "png", out)) {
          throw new IOException("no PNG writer for this image type");
        }
      });
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException("could not write figure " + name + " to " + dir, e);
    }
  }

  private static void requireName(String name) {
    if (name == null || !NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "figure names are lower-case letters, digits and dashes, like 03-forward-pass; got '" + name + "'");
    }
  }
}
