package mnistmlp.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TextsTest {
  private static final Pattern CONVERSION =
      Pattern.compile("%(\\d+\\$)?[-#+ 0,(]*\\d*(\\.\\d+)?[a-zA-Z%]");

  @AfterEach
  void backToEnglish() {
    Texts.use("en");
  }

  @Test
  void englishIsTheTextItself() {
    assertThat(Texts.use("en")).isEqualTo("English");
    assertThat(Texts.tr("a text nobody translated")).isEqualTo("a text nobody translated");
  }

  @Test
  void chineseComesFromTheBundle() {
    assertThat(Texts.use("zh_CN")).isEqualTo("简体中文");
    assertThat(Texts.language()).isEqualTo(Texts.Language.CHINESE);
    assertThat(Texts.tr("accuracy")).isEqualTo("精度");
  }

  @Test
  void aMissingChineseTextIsAnErrorNamingItAndTheFile() {
    Texts.use("zh");
    assertThatThrownBy(() -> Texts.tr("a text nobody translated"))
        .hasMessageContaining("\"a text nobody translated\"")
        .hasMessageContaining("texts_zh_CN.properties");
  }

  @Test
  void anUnknownLanguageIsRefusedByName() {
    assertThatThrownBy(() -> Texts.use("fr")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'fr'").hasMessageContaining("zh_CN");
  }

  @Test
  void everyChineseEntryKeepsTheConversionsOfItsEnglishKey() throws IOException {
    Properties chinese = new Properties();
    try (InputStream in = Texts.class.getResourceAsStream("texts_zh_CN.properties")) {
      chinese.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    for (String english : chinese.stringPropertyNames()) {
      // Chinese may reorder the arguments with %2$d and the like, but must keep each of them.
      assertThat(conversions(chinese.getProperty(english)))
          .as("conversions of the Chinese text for \"%s\"", english)
          .containsExactlyInAnyOrderElementsOf(conversions(english));
    }
  }

  @Test
  void noEnglishTextHasTwoChineseEntries() throws IOException {
    // Properties.load keeps the last of two equal keys silently; several areas append to the file.
    List<String> repeated = new ArrayList<>();
    Properties chinese = new Properties() {
      @Override
      public synchronized Object put(Object key, Object value) {
        if (containsKey(key)) {
          repeated.add((String) key);
        }
        return super.put(key, value);
      }
    };
    try (InputStream in = Texts.class.getResourceAsStream("texts_zh_CN.properties")) {
      chinese.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    assertThat(repeated).as("English texts with two Chinese entries").isEmpty();
  }

  private static List<String> conversions(String format) {
    List<String> found = new ArrayList<>();
    Matcher m = CONVERSION.matcher(format);
    while (m.find()) {
      found.add(m.group().replaceFirst("^%\\d+\\$", "%"));
    }
    return found;
  }
}
