package mnistmlp.plots;

/**
 * Values counted into equal bins, with the corners a step line needs: x runs over the bins' edges,
 * and each edge carries the count of the bin to its right (the last edge repeats the last count so
 * that the last bin gets its full width).
 */
record Bins(double min, double max, int[] counts) {
  /** Counts {@code values} into {@code bins} equal bins from min to max; values outside are left out. */
  static Bins count(double[] values, int bins, double min, double max) {
    if (bins < 1 || !(min < max)) {
      throw new IllegalArgumentException("need at least one bin and min < max, got " + bins + " bins over " + min + ".." + max);
    }
    int[] counts = new int[bins];
    double width = (max - min) / bins;
    for (double v : values) {
      if (v >= min && v <= max) {
        counts[Math.min(bins - 1, (int) ((v - min) / width))]++;
      }
    }
    return new Bins(min, max, counts);
  }

  /** The bins' edges, min to max. */
  double[] stepXs() {
    double[] edges = new double[counts.length + 1];
    for (int k = 0; k <= counts.length; k++) {
      edges[k] = min + (max - min) * k / counts.length;
    }
    return edges;
  }

  /** One count per edge: each bin's count at its left edge, the last count again at the right end. */
  double[] stepYs() {
    double[] ys = new double[counts.length + 1];
    for (int k = 0; k < counts.length; k++) {
      ys[k] = counts[k];
    }
    ys[counts.length] = counts[counts.length - 1];
    return ys;
  }
}
