package mnistmlp.tables;

import static mnistmlp.text.Texts.tr;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import mnistmlp.gradient.GradientCheck.Difference;
import mnistmlp.math.Matrix;
import mnistmlp.network.Parameters;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * The lessons' tables, captions and headers in the language of {@code Texts.use} (a caller's own
 * titles as given); a cell shows one with {@code display(Tables.html(table), "text/html")}.
 */
public final class Tables {
  private Tables() {}

  /** How many images of each digit there are in the training and the test set, and their shares. */
  public static Table classCounts(int[] train, int[] test) {
    if (train.length != test.length) {
      throw new IllegalArgumentException(train.length + " training classes but " + test.length + " test classes");
    }
    return Table.create(tr("Images per class"), IntColumn.indexColumn(tr("digit"), train.length, 0),
        IntColumn.create(tr("train"), train), shares(tr("train share"), train),
        IntColumn.create(tr("test"), test), shares(tr("test share"), test));
  }

  private static DoubleColumn shares(String name, int[] counts) {
    double total = Arrays.stream(counts).sum();
    return DoubleColumn.create(name, Arrays.stream(counts).mapToDouble(c -> total == 0 ? 0 : c / total).toArray());
  }

  /** Each parameter's name, shape and number of entries, with the total as the last row. */
  public static Table parameterShapes(Parameters params) {
    List<Matrix> matrices = Parameters.NAMES.stream().map(params::get).toList();
    return Table.create(tr("Parameters"),
        StringColumn.create(tr("parameter"), Parameters.NAMES).append(tr("total")),
        StringColumn.create(tr("shape"), matrices.stream().map(Matrix::shape)).append(""),
        IntColumn.create(tr("numbers"), matrices.stream().mapToInt(Matrix::size)).append(params.count()));
  }

  /** Gradient checks, such as "backprop vs naive", one row per comparison and parameter in the map's order. */
  public static Table gradientChecks(String title, Map<String, List<Difference>> comparisons) {
    StringColumn compared = StringColumn.create(tr("compared"));
    StringColumn name = StringColumn.create(tr("parameter"));
    DoubleColumn max = DoubleColumn.create(tr("max |a − b|"));
    DoubleColumn mean = DoubleColumn.create(tr("mean |a − b|"));
    DoubleColumn relative = DoubleColumn.create(tr("relative ‖a − b‖ / (‖a‖ + ‖b‖)"));
    comparisons.forEach((comparison, differences) -> differences.forEach(d -> {
      compared.append(comparison);
      name.append(d.parameter());
      max.append(d.maxAbsolute());
      mean.append(d.meanAbsolute());
      relative.append(d.relative());
    }));
    return Table.create(title, compared, name, max, mean, relative);
  }

  /** A confusion matrix: row = true digit, column = predicted digit, and each row's recall. */
  public static Table confusion(int[][] counts) {
    DoubleColumn recall = DoubleColumn.create(tr("recall"));
    for (int i = 0; i < counts.length; i++) {
      if (counts[i].length != counts.length) {
        throw new IllegalArgumentException("a confusion matrix is square; row " + i + " has " + counts[i].length);
      }
      int rowTotal = Arrays.stream(counts[i]).sum();
      recall.append(rowTotal == 0 ? Double.NaN : (double) counts[i][i] / rowTotal);
    }
    Table table = Table.create(tr("Confusion matrix (rows: true digit, columns: predicted digit)"),
        IntColumn.indexColumn(tr("true \\ predicted"), counts.length, 0));
    IntStream.range(0, counts.length).forEach(predicted -> table.addColumns(IntColumn.create(
        Integer.toString(predicted), Arrays.stream(counts).mapToInt(row -> row[predicted]).toArray())));
    return table.addColumns(recall);
  }

  /** A self-contained HTML table: name as caption, numbers right-aligned, doubles as {@link #formatDouble}. */
  public static String html(Table table) {
    StringBuilder html = new StringBuilder("<table class=\"mnist-mlp\" style=\"border-collapse: collapse\">\n");
    if (table.name() != null && !table.name().isBlank()) {
      html.append("<caption style=\"font-weight: bold; padding: 4px\">").append(escape(table.name()))
          .append("</caption>\n");
    }
    html.append("<thead><tr>");
    table.columns().forEach(column -> cell(html, "th", column, "; border-bottom: 1px solid #888", column.name()));
    html.append("</tr></thead>\n<tbody>\n");
    for (int row = 0; row < table.rowCount(); row++) {
      html.append("<tr>");
      for (Column<?> column : table.columns()) {
        Object value = column.isMissing(row) ? "" : column.get(row);
        cell(html, "td", column, "", value instanceof Double d ? formatDouble(d) : String.valueOf(value));
      }
      html.append("</tr>\n");
    }
    return html.append("</tbody>\n</table>").toString();
  }

  /** Four significant digits; scientific notation when tiny or huge, so that 3e−10 stays readable. */
  static String formatDouble(double v) {
    if (Double.isNaN(v) || Double.isInfinite(v) || v == 0) {
      return v == 0 ? "0" : Double.toString(v);
    }
    if (Math.abs(v) >= 1e-3 && Math.abs(v) < 1e6) {
      return new BigDecimal(v).round(new MathContext(4)).stripTrailingZeros().toPlainString();
    }
    return String.format(Locale.ROOT, "%.3e", v);
  }

  /** A header or data cell, escaped; numbers right-aligned. */
  private static void cell(StringBuilder html, String tag, Column<?> column, String style, String text) {
    html.append('<').append(tag).append(" style=\"padding: 2px 10px; text-align: ")
        .append(column instanceof NumericColumn ? "right" : "left").append(style).append("\">")
        .append(escape(text)).append("</").append(tag).append('>');
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
