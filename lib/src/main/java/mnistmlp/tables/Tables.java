package mnistmlp.tables;

import java.util.List;
import java.util.Map;
import mnistmlp.gradient.GradientCheck.Difference;
import mnistmlp.math.Matrix;
import mnistmlp.network.Parameters;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The tables the lessons show, as Tablesaw tables. A cell displays one with
 * {@code display(Tables.html(table), "text/html")}.
 */
public final class Tables {
  private Tables() {}

  /** The table as a clean HTML {@code <table>}: see {@link HtmlTable}. */
  public static String html(Table table) {
    return HtmlTable.render(table);
  }

  /** How many images of each digit there are in the training and the test set, and their shares. */
  public static Table classCounts(int[] train, int[] test) {
    if (train.length != test.length) {
      throw new IllegalArgumentException(train.length + " training classes but " + test.length + " test classes");
    }
    double trainTotal = sum(train);
    double testTotal = sum(test);
    IntColumn digit = IntColumn.create("digit");
    DoubleColumn trainShare = DoubleColumn.create("train share");
    DoubleColumn testShare = DoubleColumn.create("test share");
    for (int k = 0; k < train.length; k++) {
      digit.append(k);
      trainShare.append(trainTotal == 0 ? 0 : train[k] / trainTotal);
      testShare.append(testTotal == 0 ? 0 : test[k] / testTotal);
    }
    return Table.create(
        "Images per class", digit, IntColumn.create("train", train), trainShare, IntColumn.create("test", test), testShare);
  }

  /** Each parameter's name, shape and number of entries, with the total as the last row. */
  public static Table parameterShapes(Parameters params) {
    StringColumn name = StringColumn.create("parameter");
    StringColumn shape = StringColumn.create("shape");
    IntColumn count = IntColumn.create("numbers");
    for (String n : Parameters.NAMES) {
      Matrix m = params.get(n);
      name.append(n);
      shape.append(m.shape());
      count.append(m.size());
    }
    name.append("total");
    shape.append("");
    count.append(params.count());
    return Table.create("Parameters", name, shape, count);
  }

  /** The gradient check: per parameter, how far two gradients are apart. */
  public static Table gradientCheck(String title, List<Difference> differences) {
    StringColumn name = StringColumn.create("parameter");
    DoubleColumn max = DoubleColumn.create("max |a − b|");
    DoubleColumn mean = DoubleColumn.create("mean |a − b|");
    DoubleColumn relative = DoubleColumn.create("relative ‖a − b‖ / (‖a‖ + ‖b‖)");
    for (Difference d : differences) {
      name.append(d.parameter());
      max.append(d.maxAbsolute());
      mean.append(d.meanAbsolute());
      relative.append(d.relative());
    }
    return Table.create(title, name, max, mean, relative);
  }

  /**
   * Several gradient checks in one table: one row per comparison and parameter, for instance
   * "backprop vs naive" and "fast vs naive", in the map's order.
   */
  public static Table gradientChecks(String title, Map<String, List<Difference>> comparisons) {
    StringColumn compared = StringColumn.create("compared");
    StringColumn name = StringColumn.create("parameter");
    DoubleColumn max = DoubleColumn.create("max |a − b|");
    DoubleColumn mean = DoubleColumn.create("mean |a − b|");
    DoubleColumn relative = DoubleColumn.create("relative ‖a − b‖ / (‖a‖ + ‖b‖)");
    for (Map.Entry<String, List<Difference>> comparison : comparisons.entrySet()) {
      for (Difference d : comparison.getValue()) {
        compared.append(comparison.getKey());
        name.append(d.parameter());
        max.append(d.maxAbsolute());
        mean.append(d.meanAbsolute());
        relative.append(d.relative());
      }
    }
    return Table.create(title, compared, name, max, mean, relative);
  }

  /**
   * Milliseconds per gradient for each method, how many times slower each is than the fastest, and
   * how each time was measured (a median of runs, or a sample extrapolated).
   */
  public static Table gradientTimings(
      String title, List<String> methods, double[] milliseconds, List<String> howMeasured) {
    if (methods.size() != milliseconds.length || methods.size() != howMeasured.size()) {
      throw new IllegalArgumentException(
          methods.size() + " methods, " + milliseconds.length + " times and " + howMeasured.size() + " descriptions");
    }
    Table table = timings(title, methods, milliseconds);
    table.doubleColumn("seconds").setName("ms per gradient");
    table.addColumns(StringColumn.create("how measured", howMeasured));
    return table;
  }

  /** Seconds per method, and how many times slower each is than the fastest. */
  public static Table timings(String title, List<String> methods, double[] seconds) {
    if (methods.size() != seconds.length) {
      throw new IllegalArgumentException(methods.size() + " methods but " + seconds.length + " times");
    }
    double fastest = Double.POSITIVE_INFINITY;
    for (double s : seconds) {
      fastest = Math.min(fastest, s);
    }
    DoubleColumn slower = DoubleColumn.create("× the fastest");
    for (double s : seconds) {
      slower.append(fastest > 0 ? s / fastest : Double.NaN);
    }
    return Table.create(
        title, StringColumn.create("method", methods), DoubleColumn.create("seconds", seconds), slower);
  }

  /** Accuracy on the training and test sets after each epoch (1, 2, …). */
  public static Table epochs(double[] trainAccuracy, double[] testAccuracy) {
    double[] epoch = new double[trainAccuracy.length];
    for (int e = 0; e < epoch.length; e++) {
      epoch[e] = e + 1;
    }
    return epochs(epoch, trainAccuracy, testAccuracy);
  }

  /** Accuracy on the training and test sets at the given epochs (which may be fractional). */
  public static Table epochs(double[] epoch, double[] trainAccuracy, double[] testAccuracy) {
    if (trainAccuracy.length != testAccuracy.length || epoch.length != trainAccuracy.length) {
      throw new IllegalArgumentException("one epoch, one training and one test accuracy per row, please");
    }
    return Table.create(
        "Accuracy per epoch",
        DoubleColumn.create("epoch", epoch),
        DoubleColumn.create("train accuracy", trainAccuracy),
        DoubleColumn.create("test accuracy", testAccuracy));
  }

  /** A confusion matrix: row = true digit, column = predicted digit, and each row's recall. */
  public static Table confusion(int[][] counts) {
    int classes = counts.length;
    IntColumn truth = IntColumn.create("true \\ predicted");
    IntColumn[] predicted = new IntColumn[classes];
    for (int j = 0; j < classes; j++) {
      predicted[j] = IntColumn.create(Integer.toString(j));
    }
    DoubleColumn recall = DoubleColumn.create("recall");
    for (int i = 0; i < classes; i++) {
      if (counts[i].length != classes) {
        throw new IllegalArgumentException("a confusion matrix is square; row " + i + " has " + counts[i].length);
      }
      truth.append(i);
      for (int j = 0; j < classes; j++) {
        predicted[j].append(counts[i][j]);
      }
      int rowTotal = sum(counts[i]);
      recall.append(rowTotal == 0 ? Double.NaN : (double) counts[i][i] / rowTotal);
    }
    Table table = Table.create("Confusion matrix (rows: true digit, columns: predicted digit)", truth);
    table.addColumns(predicted);
    table.addColumns(recall);
    return table;
  }

  private static int sum(int[] values) {
    int s = 0;
    for (int v : values) {
      s += v;
    }
    return s;
  }
}
