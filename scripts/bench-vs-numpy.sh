#!/usr/bin/env bash
# The book's ch04 run, NumPy against the jar, on the same full-MNIST files in one run:
#   bash scripts/bench-vs-numpy.sh [--methods "backprop fast incremental"] [--iters N]
# Needs MNIST_DIR (the four raw IDX files), the jar (mvn -f lib/pom.xml package) and NumPy.
# Prints the time of the whole run (training loop with per-epoch accuracies, data loading
# excluded) and of one batch-100 gradient, for NumPy and for each of the jar's methods, and the
# ratios jar / NumPy. On a shared machine, wall-clock times move with the load (printed first).
set -euo pipefail
cd "$(dirname "$0")/.."

methods="backprop fast incremental"
iters=10000
while [[ $# -gt 0 ]]; do
  case "$1" in
    --methods) methods="$2"; shift 2 ;;
    --iters) iters="$2"; shift 2 ;;
    *) echo "usage: bash scripts/bench-vs-numpy.sh [--methods \"backprop fast incremental\"] [--iters N]" >&2; exit 2 ;;
  esac
done

JAR=lib/target/mnist-mlp.jar
PYTHON=${PYTHON:-/usr/bin/python3}
[[ -n "${MNIST_DIR:-}" && -f "$MNIST_DIR/train-images-idx3-ubyte" ]] || { echo "bench-vs-numpy: set MNIST_DIR to a directory with the four raw MNIST IDX files" >&2; exit 1; }
[[ -f "$JAR" ]] || { echo "bench-vs-numpy: $JAR is missing; build it with mvn -f lib/pom.xml package" >&2; exit 1; }
"$PYTHON" -c "import numpy" 2>/dev/null || { echo "bench-vs-numpy: $PYTHON has no NumPy" >&2; exit 1; }

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "data: $MNIST_DIR; $iters iterations of batch 100, lr 0.1, 0.01·randn start"

# NumPy with its default threads; the two OpenBLAS tuning variables are unset for it alone.
numpy_out="$(env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE "$PYTHON" lib/src/test/python/book_ch04.py --mnist "$MNIST_DIR" --iters "$iters")"
echo "$numpy_out" | grep -v '^RESULT'
numpy_result="$(echo "$numpy_out" | grep '^RESULT')"
field() { echo "$1" | tr ' ' '\n' | sed -n "s/^$2=//p"; }
numpy_total="$(field "$numpy_result" total_s)"
numpy_gradient="$(field "$numpy_result" gradient_ms)"
printf '%-28s %10s s  %10s ms/gradient  train %s test %s\n' "numpy (book's loop)" "$numpy_total" "$numpy_gradient" \
  "$(field "$numpy_result" train_acc)" "$(field "$numpy_result" test_acc)"

# One batch-100 gradient by each method of the jar, from bench on the same data.
java -jar "$JAR" bench --data "$MNIST_DIR" --json --repeat 40 --warmup 2 --naive-sample 50 > "$tmp/bench.json" 2> "$tmp/bench.err"

for method in $methods; do
  java -jar "$JAR" train --gradient "$method" --iters "$iters" --batch-size 100 --lr 0.1 --init book --seed 1 \
    --data "$MNIST_DIR" --history "$tmp/$method.csv" > "$tmp/$method.out" 2> "$tmp/$method.err"
  total="$(tail -n 1 "$tmp/$method.csv" | cut -d, -f3)"
  accuracy="$(tail -n 1 "$tmp/$method.out")"
  gradient="$("$PYTHON" -c "import json,sys; print('%.4f' % json.load(open(sys.argv[1]))[sys.argv[2]]['ms'])" "$tmp/bench.json" "$method")"
  printf '%-28s %10.3f s  %10s ms/gradient  %s\n' "jar $method" "$total" "$gradient" "$accuracy"
  "$PYTHON" -c "import sys; t, nt, g, ng = map(float, sys.argv[1:]); print('%-28s %10.2f ×             %10.2f × (jar / numpy)' % ('', t / nt, g / ng))" \
    "$total" "$numpy_total" "$gradient" "$numpy_gradient"
done
backprop_ms="$("$PYTHON" -c "import json,sys; print(json.load(open(sys.argv[1]))['backprop']['ms'])" "$tmp/bench.json")"
fast_ms="$("$PYTHON" -c "import json,sys; print(json.load(open(sys.argv[1]))['fast']['ms'])" "$tmp/bench.json")"
"$PYTHON" -c "import sys; f, b = map(float, sys.argv[1:]); print('jar fast / jar backprop, one gradient: %.2f ×' % (f / b))" "$fast_ms" "$backprop_ms"
