package mnistmlp.plots;

import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import mnistmlp.text.Texts;

/** The figures' font, and the check that it can draw a text: never empty boxes. */
final class ChartFont {
  /** Families with Latin and Chinese glyphs, best first, so both editions draw in the same one. */
  static final List<String> LATIN_AND_CHINESE =
      List.of("Noto Sans CJK SC", "Source Han Sans SC", "Noto Sans SC", "WenQuanYi Zen Hei");
  private static final Map<Texts.Language, String> CHOSEN = new ConcurrentHashMap<>();

  private ChartFont() {}

  /** The first of {@link #LATIN_AND_CHINESE} installed; else, in Chinese, any family with Chinese glyphs; else sans serif. */
  static String family() {
    return CHOSEN.computeIfAbsent(Texts.language(), language -> {
      List<String> installed = List.of(GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames());
      return Stream.concat(LATIN_AND_CHINESE.stream().filter(installed::contains),
              language == Texts.Language.CHINESE ? installed.stream() : Stream.empty())
          .filter(family -> new Font(family, Font.PLAIN, 12).canDisplayUpTo("Loss 损失函数 0123456789,.-E") == -1)
          .findFirst().orElse(Font.SANS_SERIF);
    });
  }

  static Font plain(int size) {
    return new Font(family(), Font.PLAIN, size);
  }

  static Font bold(int size) {
    return new Font(family(), Font.BOLD, size);
  }

  /** Refuses {@code text} if {@code font} lacks one of its glyphs; {@code role} says where it goes. */
  static void requireDisplayable(Font font, String text, String role) {
    int missing = text == null ? -1 : font.canDisplayUpTo(text);
    if (missing != -1) {
      int codePoint = text.codePointAt(missing);
      throw new IllegalStateException(String.format("The font \"%s\" has no glyph for '%s' (U+%04X) in the %s"
          + " \"%s\"; it would draw an empty box. Install a font that has it, for Chinese Noto Sans CJK"
          + " (Debian: fonts-noto-cjk).", font.getFontName(), Character.toString(codePoint), codePoint, role, text));
    }
  }
}
