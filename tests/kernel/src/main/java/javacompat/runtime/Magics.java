package javacompat.runtime;

import io.github.spencerpark.jupyter.kernel.magic.registry.UndefinedMagicException;

import java.util.List;

/** Cell code calls these for {@code %magic} lines; the kernel rewrites magics into such calls. */
public final class Magics {

  private Magics() {}

  public static <T> T lineMagic(String name, List<String> args) {
    try {
      return CurrentKernel.get().getMagics().applyLineMagic(name, args);
    } catch (UndefinedMagicException e) {
      throw e;
    } catch (Exception e) {
      throw new RuntimeException(
          String.format("Exception occurred while running line magic '%s': %s", name, e.getMessage()), e);
    }
  }

  public static <T> T cellMagic(String name, List<String> args, String body) {
    try {
      return CurrentKernel.get().getMagics().applyCellMagic(name, args, body);
    } catch (UndefinedMagicException e) {
      throw e;
    } catch (Exception e) {
      throw new RuntimeException(
          String.format("Exception occurred while running cell magic '%s': %s", name, e.getMessage()), e);
    }
  }
}
