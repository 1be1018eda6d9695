#!/usr/bin/env python3
"""The book's chapter 4 training run in NumPy, timed: the Python our users would run instead of the jar.

This project's own NumPy version of the loop in 《深度学习入门》 ch04 (train_neuralnet.py with its
TwoLayerNet): a 784-50-10 sigmoid/softmax network, 0.01·randn weights and zero biases, mini-batch
SGD with batch 100 and lr 0.1 for 10,000 iterations, the gradient by the book's fast `gradient`
method (backpropagation written out), and the accuracy on the full training and test sets once per
epoch. Images are normalised to float32 in [0, 1] like the book's load_mnist.

    python3 lib/src/test/python/book_ch04.py --mnist DIR     # DIR holds the four raw IDX files

The last line is machine-readable: `RESULT total_s=… gradient_ms=… train_acc=… test_acc=…`, where
total_s is the training loop with its per-epoch accuracies (data loading excluded) and gradient_ms
the median time of one batch-100 gradient. NumPy keeps its default threads.
"""
import argparse
import gzip
import os
import struct
import time

import numpy as np


def read_idx(path):
    """One IDX file, raw or gzipped (path + ".gz"), as the jar's --data DIR accepts them."""
    if not os.path.exists(path) and os.path.exists(path + ".gz"):
        with gzip.open(path + ".gz", "rb") as f:
            data = f.read()
    else:
        with open(path, "rb") as f:
            data = f.read()
    dims = data[3]
    shape = struct.unpack(">" + "I" * dims, data[4:4 + 4 * dims])
    return np.frombuffer(data, dtype=np.uint8, offset=4 + 4 * dims).reshape(shape)


def load_mnist(directory):
    def images(name):
        return (read_idx(os.path.join(directory, name)).reshape(-1, 784).astype(np.float32)) / 255.0

    def labels(name):
        return read_idx(os.path.join(directory, name)).astype(np.int64)

    return (images("train-images-idx3-ubyte"), labels("train-labels-idx1-ubyte"),
            images("t10k-images-idx3-ubyte"), labels("t10k-labels-idx1-ubyte"))


def sigmoid(x):
    return 1 / (1 + np.exp(-x))


def softmax(x):
    x = x - np.max(x, axis=1, keepdims=True)
    e = np.exp(x)
    return e / np.sum(e, axis=1, keepdims=True)


def cross_entropy_error(y, t):
    n = y.shape[0]
    return -np.sum(np.log(y[np.arange(n), t] + 1e-7)) / n


class TwoLayerNet:
    def __init__(self, input_size, hidden_size, output_size, weight_init_std=0.01):
        self.params = {
            "W1": weight_init_std * np.random.randn(input_size, hidden_size),
            "b1": np.zeros(hidden_size),
            "W2": weight_init_std * np.random.randn(hidden_size, output_size),
            "b2": np.zeros(output_size),
        }

    def predict(self, x):
        p = self.params
        z1 = sigmoid(np.dot(x, p["W1"]) + p["b1"])
        return softmax(np.dot(z1, p["W2"]) + p["b2"])

    def loss(self, x, t):
        return cross_entropy_error(self.predict(x), t)

    def accuracy(self, x, t):
        return np.sum(np.argmax(self.predict(x), axis=1) == t) / float(x.shape[0])

    def gradient(self, x, t):
        """The book's fast version: one forward and one backward pass."""
        p = self.params
        n = x.shape[0]
        a1 = np.dot(x, p["W1"]) + p["b1"]
        z1 = sigmoid(a1)
        y = softmax(np.dot(z1, p["W2"]) + p["b2"])
        dy = y.copy()
        dy[np.arange(n), t] -= 1
        dy /= n
        grads = {"W2": np.dot(z1.T, dy), "b2": np.sum(dy, axis=0)}
        da1 = np.dot(dy, p["W2"].T) * (1.0 - z1) * z1
        grads["W1"] = np.dot(x.T, da1)
        grads["b1"] = np.sum(da1, axis=0)
        return grads


def blas_description():
    try:
        import threadpoolctl
        pools = threadpoolctl.threadpool_info()
        return "; ".join("%s %s (%s, %s threads)" % (p.get("internal_api"), p.get("version"),
                                                     p.get("architecture"), p.get("num_threads"))
                         for p in pools) or "no BLAS thread pool found"
    except ImportError:
        return "threadpoolctl not installed: BLAS kernel not reported"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mnist", required=True, help="directory with the four MNIST IDX files (raw or .gz)")
    parser.add_argument("--iters", type=int, default=10000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--gradient-repeats", type=int, default=200)
    args = parser.parse_args()

    x_train, t_train, x_test, t_test = load_mnist(args.mnist)
    np.random.seed(args.seed)
    print("numpy %s, BLAS: %s" % (np.__version__, blas_description()))

    # One batch-100 gradient, timed on its own (median of many, after a few untimed ones).
    probe = TwoLayerNet(784, 50, 10)
    mask = np.random.choice(x_train.shape[0], 100)
    for _ in range(20):
        probe.gradient(x_train[mask], t_train[mask])
    times = []
    for _ in range(args.gradient_repeats):
        start = time.perf_counter()
        probe.gradient(x_train[mask], t_train[mask])
        times.append(time.perf_counter() - start)
    gradient_ms = 1000 * float(np.median(times))

    network = TwoLayerNet(784, 50, 10)
    train_size, batch_size, learning_rate = x_train.shape[0], 100, 0.1
    iter_per_epoch = max(train_size / batch_size, 1)
    train_acc = test_acc = float("nan")
    start = time.perf_counter()
    for i in range(args.iters):
        batch_mask = np.random.choice(train_size, batch_size)
        x_batch, t_batch = x_train[batch_mask], t_train[batch_mask]
        grad = network.gradient(x_batch, t_batch)
        for key in ("W1", "b1", "W2", "b2"):
            network.params[key] -= learning_rate * grad[key]
        network.loss(x_batch, t_batch)
        if i % iter_per_epoch == 0:
            train_acc = network.accuracy(x_train, t_train)
            test_acc = network.accuracy(x_test, t_test)
    total_s = time.perf_counter() - start
    print("RESULT total_s=%.3f gradient_ms=%.4f train_acc=%.4f test_acc=%.4f"
          % (total_s, gradient_ms, train_acc, test_acc))


if __name__ == "__main__":
    main()
