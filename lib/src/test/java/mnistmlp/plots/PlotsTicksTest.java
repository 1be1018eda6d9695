package mnistmlp.plots;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.NumberFormat;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.knowm.xchart.XYChart;
import org.junit.jupiter.api.Test;

/**
 * The tick labels of the lesson charts that once had bad ones, read from XChart's own tick state
 * after the chart is drawn the way the lessons draw it.
 */
class PlotsTicksTest {
  @Test
  void minusLogYHasShortRoundTicksUpToOne() {
    double[] ps = Charts.linspace(0.001, 1, 400);
    XYChart chart = Charts.line("−log y", "y", "−log y", "−log y", ps, java.util.Arrays.stream(ps).map(p -> -Math.log(p)).toArray());
    Figures.image(chart, "test-minus-log-y");
    List<String> labels = AxisTicks.xLabels(chart);
    assertThat(labels).containsExactly("0", "0.2", "0.4", "0.6", "0.8", "1");
  }

  @Test
  void pixelValuesGetTicksEveryFifty() {
    double[] values = IntStream.range(0, 256).asDoubleStream().toArray();
    double[] counts = IntStream.range(0, 256).mapToDouble(v -> 1000 + v).toArray();
    XYChart chart = Charts.line("pixels", "pixel value", "count", "pixels", values, counts);
    Figures.image(chart, "test-pixels");
    assertThat(AxisTicks.xLabels(chart)).containsExactly("0", "50", "100", "150", "200", "250");
  }

  @Test
  void tenThousandIterationsGetRoundThousands() throws ParseException {
    double[] losses = new Random(4).doubles(10_000).map(v -> 2 * v).toArray();
    XYChart chart = Charts.line("loss", "iteration", "loss");
    Charts.addRawAndSmoothed(chart, "loss", "mean of 100", Charts.range(losses.length), losses, 100);
    Figures.image(chart, "test-loss-curve");
    assertThat(numbers(AxisTicks.xLabels(chart))).containsExactly(0.0, 2000.0, 4000.0, 6000.0, 8000.0, 10000.0);
  }

  @Test
  void epochsOneToSixteenGetEvenTicksAndTheChanceLineIsOnTheAxis() throws ParseException {
    double[] epochs = IntStream.rangeClosed(1, 16).asDoubleStream().toArray();
    double[] accuracy = IntStream.rangeClosed(1, 16).mapToDouble(e -> 0.97 - 0.1 / e).toArray();
    XYChart chart = Charts.line("accuracy", "epoch", "accuracy", "test", epochs, accuracy);
    Charts.addHorizontalLine(chart, "chance", 0.1);
    Figures.image(chart, "test-accuracy");
    assertThat(numbers(AxisTicks.xLabels(chart))).containsExactly(2.0, 4.0, 6.0, 8.0, 10.0, 12.0, 14.0, 16.0);
    List<Double> y = numbers(AxisTicks.yLabels(chart));
    assertThat(y.get(0)).isLessThanOrEqualTo(0.1);
    assertThat(y.get(y.size() - 1)).isGreaterThanOrEqualTo(0.9);
  }

  @Test
  void activationHistogramHasEvenTicksOverZeroToOne() {
    XYChart chart = Charts.histogram("z1", "z1", "count");
    Charts.addHistogram(chart, "randn", new Random(5).doubles(500).toArray(), 20, 0, 1);
    Charts.addHistogram(chart, "book", new Random(6).doubles(500).map(v -> 0.45 + 0.1 * v).toArray(), 20, 0, 1);
    Figures.image(chart, "test-activations");
    assertThat(AxisTicks.xLabels(chart)).containsExactly("0", "0.2", "0.4", "0.6", "0.8", "1");
  }

  @Test
  void logBarsUseOneNotationForEveryDecade() throws ParseException {
    var chart = Charts.logBar("speed", "method", "ms", List.of("naive", "fast", "backprop"), new double[] {41234.5, 312.4, 0.83});
    Figures.image(chart, "test-speed");
    List<String> labels = AxisTicks.yLabels(chart);
    assertThat(labels).isNotEmpty().noneMatch(label -> label.contains("E"));
    assertThat(numbers(labels)).contains(0.1, 1.0, 10.0, 100.0, 1000.0, 10000.0);
    assertThat(chart.getStyler().isLabelsVisible()).isTrue();
  }

  @Test
  void logLogAxesOverManyDecadesWritePowersOfTen() {
    XYChart chart = Charts.logLog("error", "h", "error");
    Charts.addMarkedSeries(chart, "central", new double[] {1e-12, 1e-6, 1e-1}, new double[] {1e-4, 1e-10, 1e-3});
    Figures.image(chart, "test-log-log");
    assertThat(AxisTicks.xLabels(chart)).isNotEmpty().allMatch(label -> label.contains("E"));
    assertThat(AxisTicks.yLabels(chart)).isNotEmpty().allMatch(label -> label.contains("E"));
  }

  @Test
  void drawingAChartLeavesItsDataAsTheyWere() {
    double[] xs = Charts.range(100);
    double[] ys = new Random(7).doubles(100).toArray();
    XYChart chart = Charts.line("t", "x", "y", "data", xs, ys);
    Figures.image(chart, "test-untouched");
    assertThat(chart.getSeriesMap()).containsOnlyKeys("data");
    assertThat(chart.getSeriesMap().get("data").getXData()).containsExactly(xs);
    assertThat(chart.getSeriesMap().get("data").getYData()).containsExactly(ys);
    assertThat(xs[99]).isEqualTo(99.0);
  }

  /** Tick labels as numbers, read the way XChart wrote them (the default locale's digits and separators). */
  private static List<Double> numbers(List<String> labels) throws ParseException {
    NumberFormat format = NumberFormat.getNumberInstance();
    List<Double> numbers = new ArrayList<>();
    for (String label : labels) {
      numbers.add(format.parse(label).doubleValue());
    }
    return numbers;
  }
}
