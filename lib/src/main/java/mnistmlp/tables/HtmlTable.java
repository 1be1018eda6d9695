package mnistmlp.tables;

import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * A Tablesaw table as a small, self-contained HTML table: the table's name as caption, headers,
 * numbers right-aligned, doubles to four significant digits (scientific notation when tiny, so a
 * gradient-check difference of 3e−10 stays readable), and every text HTML-escaped.
 */
final class HtmlTable {
  private HtmlTable() {}

  static String render(Table table) {
    StringBuilder html = new StringBuilder("<table class=\"mnist-mlp\" style=\"border-collapse: collapse\">\n");
    if (table.name() != null && !table.name().isBlank()) {
      html.append("<caption style=\"font-weight: bold; padding: 4px\">").append(escape(table.name())).append("</caption>\n");
    }
    html.append("<thead><tr>");
    for (Column<?> column : table.columns()) {
      html.append("<th style=\"").append(cellStyle(column)).append("; border-bottom: 1px solid #888\">")
          .append(escape(column.name())).append("</th>");
    }
    html.append("</tr></thead>\n<tbody>\n");
    for (int row = 0; row < table.rowCount(); row++) {
      html.append("<tr>");
      for (Column<?> column : table.columns()) {
        html.append("<td style=\"").append(cellStyle(column)).append("\">")
            .append(escape(format(column, row))).append("</td>");
      }
      html.append("</tr>\n");
    }
    return html.append("</tbody>\n</table>").toString();
  }

  /** A double to four significant digits; other cells as Tablesaw prints them. */
  static String format(Column<?> column, int row) {
    if (column.isMissing(row)) {
      return "";
    }
    Object value = column.get(row);
    if (value instanceof Double d) {
      return formatDouble(d);
    }
    return String.valueOf(value);
  }

  static String formatDouble(double v) {
    if (Double.isNaN(v) || Double.isInfinite(v)) {
      return Double.toString(v);
    }
    if (v == 0) {
      return "0";
    }
    double magnitude = Math.abs(v);
    if (magnitude >= 1e-3 && magnitude < 1e6) {
      // Four significant digits in plain notation, without trailing zeros after the point.
      String s = new java.math.BigDecimal(v).round(new java.math.MathContext(4)).stripTrailingZeros().toPlainString();
      return s;
    }
    return String.format("%.3e", v);
  }

  private static boolean numeric(Column<?> column) {
    ColumnType type = column.type();
    return type == ColumnType.DOUBLE || type == ColumnType.INTEGER || type == ColumnType.LONG
        || type == ColumnType.FLOAT || type == ColumnType.SHORT;
  }

  private static String cellStyle(Column<?> column) {
    return "padding: 2px 10px; text-align: " + (numeric(column) ? "right" : "left");
  }

  private static String escape(String text) {
    StringBuilder s = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '<' -> s.append("&lt;");
        case '>' -> s.append("&gt;");
        case '&' -> s.append("&amp;");
        case '"' -> s.append("&quot;");
        default -> s.append(c);
      }
    }
    return s.toString();
  }
}
