package mnistmlp.plots;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.internal.chartpart.Axis;
import org.knowm.xchart.internal.chartpart.AxisPair;
import org.knowm.xchart.internal.chartpart.AxisTickCalculator;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * The tick labels XChart chose for a chart the last time it was painted. XChart computes them
 * while painting and keeps them in non-public parts of the chart, so they are read by reflection:
 * the figures check them against the font, and the tests against what a reader should see.
 */
final class AxisTicks {
  private AxisTicks() {}

  static List<String> xLabels(Chart<?, ?> chart) {
    return labels(chart, "xAxis");
  }

  static List<String> yLabels(Chart<?, ?> chart) {
    return labels(chart, "yAxis");
  }

  /**
   * The labels drawn on one axis; empty for a chart without axes or not painted yet. XChart's tick
   * list runs a step past both ends of the axis, and only the labels inside it are drawn.
   */
  private static List<String> labels(Chart<?, ?> chart, String axisField) {
    Object pair = read(Chart.class, chart, "axisPair");
    if (pair == null) {
      return List.of();
    }
    Axis<?, ?> axis = (Axis<?, ?>) read(AxisPair.class, pair, axisField);
    AxisTickCalculator ticks = axis.getAxisTickCalculator();
    if (ticks == null) {
      return List.of();
    }
    double length = axisField.equals("xAxis") ? axis.getBounds().getWidth() : axis.getBounds().getHeight();
    List<String> drawn = new ArrayList<>();
    for (int k = 0; k < ticks.getTickLabels().size(); k++) {
      String label = ticks.getTickLabels().get(k);
      double location = ticks.getTickLocations().get(k);
      // A category axis with more categories than labels leaves the skipped ones null.
      if (label != null && location >= 0 && location <= length) {
        drawn.add(label);
      }
    }
    return List.copyOf(drawn);
  }

  private static Object read(Class<?> declaring, Object owner, String name) {
    try {
      Field field = declaring.getDeclaredField(name);
      field.setAccessible(true);
      return field.get(owner);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("this XChart version keeps no " + name + " in " + declaring.getSimpleName(), e);
    }
  }
}
