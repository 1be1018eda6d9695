package mnistmlp.cli;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import mnistmlp.io.AtomicFiles;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * A file a command will write ({@code --save}, {@code --history}, {@code --out}), checked while
 * the command line is parsed, before any work: a path that cannot be written is a usage error
 * naming the path as given and the reason.
 */
final class OutputPath implements ITypeConverter<Path> {
  @Override
  public Path convert(String text) {
    try {
      Path path = Path.of(text);
      AtomicFiles.checkWritable(path);
      return path;
    } catch (InvalidPathException e) {
      throw new TypeConversionException("'" + text + "' is not a valid path (" + e.getReason() + ")");
    } catch (FileSystemException e) {
      String culprit = e.getFile() + " " + e.getReason();
      throw new TypeConversionException(e.getFile().equals(text) ? culprit : "cannot write " + text + ": " + culprit);
    } catch (IOException e) {
      throw new TypeConversionException("cannot write " + text + ": " + ErrorHandling.describe(e));
    }
  }
}
