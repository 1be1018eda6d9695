package javacompat.execution;

import io.github.spencerpark.jupyter.kernel.magic.CellMagicParseContext;
import io.github.spencerpark.jupyter.kernel.magic.LineMagicParseContext;
import io.github.spencerpark.jupyter.kernel.magic.MagicParser;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Turns {@code %name args} lines (and {@code %%name} cells) into plain Java calls to
 * {@code lineMagic(...)}/{@code cellMagic(...)}, the way IJava does, so a magic runs in order
 * with the code around it and {@code var jars = %jars lib/*.jar} works too.
 */
final class MagicsRewriter {

  private static final Pattern UNESCAPED_QUOTE = Pattern.compile("(?<!\\\\)\"");

  private final MagicParser parser = new MagicParser("(?<=(?:^|=))\\s*%", "%%");

  String rewrite(String cell) {
    CellMagicParseContext cellMagic = parser.parseCellMagic(cell);
    if (cellMagic != null) {
      return String.format("cellMagic(%s,List.of(%s),%s);{};",
          literal(cellMagic.getMagicCall().getName()),
          literals(cellMagic.getMagicCall().getArgs()),
          literal(cellMagic.getMagicCall().getBody()));
    }
    return parser.transformLineMagics(cell, this::rewriteLineMagic);
  }

  private String rewriteLineMagic(LineMagicParseContext magic) {
    if (insideStringLiteral(magic.getLinePrefix())) {
      return magic.getRaw();
    }
    // The trailing empty block makes the cell's value "nothing", so a magic prints no result.
    return String.format("lineMagic(%s,List.of(%s));{};",
        literal(magic.getMagicCall().getName()),
        literals(magic.getMagicCall().getArgs()));
  }

  private static boolean insideStringLiteral(String linePrefix) {
    Matcher quotes = UNESCAPED_QUOTE.matcher(linePrefix);
    boolean inside = false;
    while (quotes.find()) {
      inside = !inside;
    }
    return inside;
  }

  private static String literals(java.util.List<String> values) {
    return values.stream().map(MagicsRewriter::literal).collect(Collectors.joining(","));
  }

  /** A Java expression for any string, with no escaping to get wrong. */
  private static String literal(String value) {
    String encoded = Base64.getEncoder().encodeToString(value.getBytes(StandardCharsets.UTF_8));
    return "new String(Base64.getDecoder().decode(\"" + encoded + "\"), java.nio.charset.StandardCharsets.UTF_8)";
  }
}
