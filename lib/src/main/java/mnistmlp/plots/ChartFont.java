package mnistmlp.plots;

import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.util.Arrays;

/**
 * The one font family of every figure, and the check that it can draw a text. Noto Sans CJK when
 * it is installed (Debian's {@code fonts-noto-cjk}), so that Chinese titles and labels draw;
 * otherwise Java's default sans serif. A text the font cannot draw is refused with a message, never
 * drawn as empty boxes.
 */
final class ChartFont {
  /** The family looked for first: it has Latin, Greek, maths symbols and Chinese glyphs. */
  static final String CJK_FAMILY = "Noto Sans CJK SC";

  private static final String FAMILY = chooseFamily();

  private ChartFont() {}

  /** The family every figure uses on this machine. */
  static String family() {
    return FAMILY;
  }

  static Font plain(int size) {
    return new Font(FAMILY, Font.PLAIN, size);
  }

  static Font bold(int size) {
    return new Font(FAMILY, Font.BOLD, size);
  }

  /**
   * Refuses {@code text} if {@code font} lacks a glyph for one of its characters; {@code role} says
   * where the text would go ("chart title", "x tick label", …) so the message points at it.
   */
  static void requireDisplayable(Font font, String text, String role) {
    if (text == null || text.isEmpty()) {
      return;
    }
    int missing = font.canDisplayUpTo(text);
    if (missing != -1) {
      int codePoint = text.codePointAt(missing);
      throw new IllegalStateException(String.format(
          "The font \"%s\" has no glyph for '%s' (U+%04X) in the %s \"%s\"; it would draw an empty box. "
              + "Install a font that has it, for Chinese the Noto Sans CJK fonts (Debian package fonts-noto-cjk).",
          font.getFontName(), new String(Character.toChars(codePoint)), codePoint, role, text));
    }
  }

  private static String chooseFamily() {
    String[] installed = GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames();
    return Arrays.asList(installed).contains(CJK_FAMILY) ? CJK_FAMILY : Font.SANS_SERIF;
  }
}
