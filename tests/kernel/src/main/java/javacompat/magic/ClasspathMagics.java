package javacompat.magic;

import io.github.spencerpark.jupyter.kernel.magic.registry.LineMagic;
import io.github.spencerpark.jupyter.kernel.util.GlobFinder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * {@code %classpath} and {@code %jars}, as in IJava: each argument is a glob, relative to the
 * kernel's working directory (the notebook's folder). A glob that matches nothing adds nothing,
 * silently, exactly like IJava; notebooks check for their classes themselves.
 */
public final class ClasspathMagics {

  private final Consumer<String> addToClasspath;

  public ClasspathMagics(Consumer<String> addToClasspath) {
    this.addToClasspath = addToClasspath;
  }

  /** Adds matching files only (jar files). */
  @LineMagic
  public List<String> jars(List<String> args) {
    return addAll(args, true);
  }

  /** Adds matching files and folders (jars or class directories). */
  @LineMagic
  public List<String> classpath(List<String> args) {
    return addAll(args, false);
  }

  private List<String> addAll(List<String> globs, boolean filesOnly) {
    List<String> added = new ArrayList<>();
    for (String glob : globs) {
      GlobFinder finder = new GlobFinder(glob);
      try {
        Iterable<Path> matches = filesOnly ? finder.computeMatchingFiles() : finder.computeMatchingPaths();
        for (Path match : matches) {
          String absolute = match.toAbsolutePath().toString();
          addToClasspath.accept(absolute);
          added.add(absolute);
        }
      } catch (IOException e) {
        throw new UncheckedIOException("Could not resolve classpath glob '" + glob + "'", e);
      }
    }
    return added;
  }
}
