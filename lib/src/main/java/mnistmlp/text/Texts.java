package mnistmlp.text;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The language of every text the jar shows. As in gettext, the English text is its own key into
 * {@code texts_zh_CN.properties}, so both editions run the same code; a missing entry is an error,
 * never a silent English fallback.
 */
public final class Texts {
  private static final String BUNDLE = "mnistmlp.text.texts";
  private static volatile Language current = Language.ENGLISH;

  private Texts() {}

  public enum Language {
    ENGLISH(Locale.ENGLISH),
    CHINESE(Locale.SIMPLIFIED_CHINESE);

    final Locale locale;

    Language(Locale locale) {
      this.locale = locale;
    }
  }

  /** Chooses {@code "en"} or {@code "zh_CN"}; returns the language's own name for a lesson to show. */
  public static String use(String tag) {
    current = switch (tag == null ? "" : tag.strip().replace('-', '_')) {
      case "en", "en_US", "en_GB" -> Language.ENGLISH;
      case "zh", "zh_CN", "zh_Hans" -> Language.CHINESE;
      default -> throw new IllegalArgumentException(
          "unknown language '" + tag + "': the jar's texts are in \"en\" (English) and \"zh_CN\" (简体中文)");
    };
    return bundle().getString("language");
  }

  /** The language chosen by {@link #use}; English until then. */
  public static Language language() {
    return current;
  }

  /** The text in the chosen language; {@code english} itself when that is English. */
  public static String tr(String english) {
    if (current == Language.ENGLISH || english == null || english.isEmpty()) {
      return english;
    }
    try {
      return bundle().getString(english);
    } catch (MissingResourceException e) {
      throw new IllegalStateException("no " + current.locale.getDisplayLanguage(Locale.ENGLISH)
          + " text for \"" + english + "\" in mnistmlp/text/texts_"
          + current.locale + ".properties: add it there", e);
    }
  }

  /** {@code String.format} of the translated format, so numbers stay where the English put them. */
  public static String format(String english, Object... args) {
    return String.format(Locale.ROOT, tr(english), args);
  }

  private static ResourceBundle bundle() {
    // Java 9+ reads .properties bundles as UTF-8. No fallback to the JVM's own locale.
    return ResourceBundle.getBundle(BUNDLE, current.locale,
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }
}
