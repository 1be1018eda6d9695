package mnistmlp.plots;

/**
 * Where the tiles of a captioned grid go: {@code count} square tiles of {@code tile} pixels,
 * {@code columns} to a row, a caption strip under each, a title band on top. Digit grids and
 * weight images share it.
 */
record TileLayout(int count, int columns, int tile, int gap, int caption, int top) {
  /** Narrower images would squeeze the title. */
  private static final int MIN_WIDTH = 320;

  int rows() {
    return Math.max(1, (count + columns - 1) / columns);
  }

  int width() {
    return Math.max(columns * (tile + gap) + gap, MIN_WIDTH);
  }

  int height() {
    return top + rows() * (tile + caption + gap) + gap;
  }

  /** Left edge of tile n. */
  int x(int n) {
    return gap + (n % columns) * (tile + gap);
  }

  /** Top edge of tile n. */
  int y(int n) {
    return top + (n / columns) * (tile + caption + gap);
  }
}
