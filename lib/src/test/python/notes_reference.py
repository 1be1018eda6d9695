#!/usr/bin/env python3
"""The study notes' own code, run against the jar's command line.

Draws parameters the notes' way (np.random.randn for W1, W2, b1, b2) and small batches, saves
them with np.savez, runs `loss` and `gradient --method naive|incremental|fast|backprop` through `java -jar`, and
compares with the notes' forward / cross_entropy_error / numerical_gradient:
loss to 1e-12 relative, gradients to 1e-7 absolute. Exit status 0 when everything agrees.

    python3 lib/src/test/python/notes_reference.py --jar lib/target/mnist-mlp.jar

Needs NumPy (Debian: apt-get install python3-numpy). Not part of `mvn test`.
"""
import argparse
import os
import subprocess
import sys
import tempfile

import numpy as np


# --- common.py of the notes, verbatim in substance ---------------------------------------------
def sigmoid(x):
    result = np.zeros_like(x, dtype=np.float64)
    mask = x >= 0
    result[mask] = 1 / (1 + np.exp(-x[mask]))
    result[~mask] = np.exp(x[~mask]) / (1 + np.exp(x[~mask]))
    return result


def softmax(x):
    max_vals = np.max(x, axis=1, keepdims=True)
    exp_x = np.exp(x - max_vals)
    return exp_x / np.sum(exp_x, axis=1, keepdims=True)


def cross_entropy_error(y, t):
    batch_size = y.shape[0]
    test = y[np.arange(batch_size), t] + 1e-7
    return -np.sum(np.log(test)) / batch_size


# --- main.py of the notes ------------------------------------------------------------------------
def forward(x, f_para):
    a1 = np.dot(x, f_para['W1']) + f_para['b1']
    z1 = sigmoid(a1)
    a2 = np.dot(z1, f_para['W2']) + f_para['b2']
    return softmax(a2)


def numerical_gradient(f, par, keys):
    h = 1e-4
    grad_res = np.zeros_like(par[keys])
    rows, cols = grad_res.shape
    for i in range(rows):
        for j in range(cols):
            tmp_val = par[keys][i][j]
            par[keys][i][j] = tmp_val + h
            fxh1 = f(par)
            par[keys][i][j] = tmp_val - h
            fxh2 = f(par)
            grad_res[i][j] = (fxh1 - fxh2) / (2 * h)
            par[keys][i][j] = tmp_val
    return grad_res


# --- the comparison -----------------------------------------------------------------------------
def run_jar(jar, *args):
    out = subprocess.run(["java", "-jar", jar, *args], capture_output=True, text=True)
    if out.returncode != 0:
        sys.exit("java -jar %s %s failed (%d): %s" % (jar, " ".join(args), out.returncode, out.stderr.strip()))
    return out.stdout.strip().splitlines()


def random_batch(rng, n):
    x = np.where(rng.random((n, 784)) < 0.19, rng.integers(0, 256, (n, 784)) / 255.0, 0.0)
    t = rng.integers(0, 10, n)
    return x, t


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jar", default="lib/target/mnist-mlp.jar")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--cases", type=int, default=2)
    args = parser.parse_args()
    np.random.seed(args.seed)
    rng = np.random.default_rng(args.seed)
    failures = 0
    with tempfile.TemporaryDirectory() as tmp:
        for case in range(args.cases):
            para = {}
            para['W1'] = np.random.randn(784, 50)
            para['W2'] = np.random.randn(50, 10)
            para['b1'] = np.random.randn(1, 50)
            para['b2'] = np.random.randn(1, 10)
            p_file = os.path.join(tmp, "P%d.npz" % case)
            # biases as (n,) in every other case: the jar accepts both shapes
            biases = (lambda b: b) if case % 2 == 0 else (lambda b: b.reshape(-1))
            np.savez(p_file, W1=para['W1'], b1=biases(para['b1']), W2=para['W2'], b2=biases(para['b2']))

            x, t = random_batch(rng, 1 + case % 3)
            b_file = os.path.join(tmp, "B%d.npz" % case)
            if case % 2 == 0:
                np.savez(b_file, x=x, t=t)
            else:
                np.savez_compressed(b_file, x=x, t=np.eye(10)[t])  # one-hot labels, deflated entries

            def neuf(p):
                return cross_entropy_error(forward(x, p), t)

            expected = neuf(para)
            printed = float(run_jar(args.jar, "loss", "--params", p_file, "--batch", b_file)[-1])
            rel = abs(printed - expected) / abs(expected)
            ok = rel <= 1e-12
            failures += not ok
            print("case %d: loss %.17g vs notes %.17g, relative difference %.3g %s"
                  % (case, printed, expected, rel, "ok" if ok else "FAIL"))

            reference = {k: numerical_gradient(neuf, para, k) for k in ['W1', 'W2', 'b1', 'b2']}
            for method in ["naive", "incremental", "fast", "backprop"]:
                g_file = os.path.join(tmp, "G%d-%s.npz" % (case, method))
                run_jar(args.jar, "gradient", "--params", p_file, "--batch", b_file, "--method", method, "--out", g_file)
                g = np.load(g_file)
                worst = max(np.max(np.abs(g[k] - reference[k])) for k in reference)
                ok = worst <= 1e-7 and all(g[k].shape == para[k].shape for k in reference)
                failures += not ok
                print("case %d: gradient --method %s, max absolute difference %.3g %s"
                      % (case, method, worst, "ok" if ok else "FAIL"))
    print("all agree" if failures == 0 else "%d disagreement(s)" % failures)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
