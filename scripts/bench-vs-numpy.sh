#!/usr/bin/env bash
# The book's ch04 run, NumPy against the jar, on the same full-MNIST files in one run:
#   bash scripts/bench-vs-numpy.sh [--methods "backprop fast incremental"] [--iters N] [--max-seconds S]
# The data: MNIST_DIR (the four IDX files) if set, else the jar's own copy (`data fetch` fills and
# verifies its user cache; nothing is fetched when the cache is already whole). Needs the jar
# (mvn -f lib/pom.xml package) and NumPy (PYTHON, default /usr/bin/python3), which keeps its default
# threads. Prints the time of the whole run (training loop with per-epoch accuracies, data loading
# excluded) and of one batch-100 gradient, for NumPy and for each of the jar's methods, and the
# ratios. A method whose run `bench` predicts to take longer than --max-seconds (default 300) is
# left out, and the script says why. On a shared machine wall-clock times move with the load
# (printed first and last).
set -euo pipefail
cd "$(dirname "$0")/.."

methods="backprop fast incremental"
iters=10000
max_seconds=300
usage="usage: bash scripts/bench-vs-numpy.sh [--methods \"backprop fast incremental\"] [--iters N] [--max-seconds S]"
while [[ $# -gt 0 ]]; do
  case "$1" in
    --methods) methods="$2"; shift 2 ;;
    --iters) iters="$2"; shift 2 ;;
    --max-seconds) max_seconds="$2"; shift 2 ;;
    -h|--help) echo "$usage"; exit 0 ;;
    *) echo "$usage" >&2; exit 2 ;;
  esac
done

JAR=${JAR:-lib/target/mnist-mlp.jar}
PYTHON=${PYTHON:-/usr/bin/python3}
[[ -f "$JAR" ]] || { echo "bench-vs-numpy: $JAR is missing; build it with mvn -f lib/pom.xml package" >&2; exit 1; }
"$PYTHON" -c "import numpy" 2>/dev/null || { echo "bench-vs-numpy: $PYTHON has no NumPy (set PYTHON)" >&2; exit 1; }

if [[ -n "${MNIST_DIR:-}" ]]; then
  data="$MNIST_DIR"
else
  # The jar's user cache: filled and verified by data fetch, and named by data info's source line.
  java -jar "$JAR" data fetch >&2 || { echo "bench-vs-numpy: no MNIST: set MNIST_DIR or let 'data fetch' fill the cache" >&2; exit 1; }
  data="$(java -jar "$JAR" data info 2>/dev/null | sed -n 's/^source: //p')"
fi
[[ -d "$data" ]] || { echo "bench-vs-numpy: $data is not a directory with the four MNIST IDX files" >&2; exit 1; }

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
ratio() { "$PYTHON" -c "import sys; print('%.2f' % (float(sys.argv[1]) / float(sys.argv[2])))" "$1" "$2"; }
json() { "$PYTHON" -c "import json,sys; print('%.3f' % json.load(open(sys.argv[1]))[sys.argv[2]][sys.argv[3]])" "$tmp/bench.json" "$1" "$2"; }
field() { echo "$1" | tr ' ' '\n' | sed -n "s/^$2=//p"; }

echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "data: $data; $iters iterations of batch 100, lr 0.1, 0.01·randn start, accuracies once per epoch"

# NumPy with its default threads; the two OpenBLAS tuning variables are unset for it alone.
numpy_out="$(env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE "$PYTHON" lib/src/test/python/book_ch04.py --mnist "$data" --iters "$iters")"
echo "$numpy_out" | grep -v '^RESULT'
numpy_result="$(echo "$numpy_out" | grep '^RESULT')"
numpy_total="$(field "$numpy_result" total_s)"
numpy_gradient="$(field "$numpy_result" gradient_ms)"

# One batch-100 gradient by each method of the jar, from bench on the same data: the median of 200
# timed calls like NumPy's, after 10 s of warm-up in which the JIT compiles the loops.
# (bench names its data on a line of its own before the JSON: the JSON is the last line.)
java -jar "$JAR" bench --data "$data" --json --repeat 200 --warmup 10 --naive-sample 50 > "$tmp/bench.out" 2> "$tmp/bench.err" \
  || { cat "$tmp/bench.err" >&2; exit 1; }
tail -n 1 "$tmp/bench.out" > "$tmp/bench.json"
backprop_ms="$(json backprop ms)"

echo
printf '%-22s %10s %14s %14s   %s\n' "whole ch04 run" "seconds" "× numpy" "ms/gradient" "train / test accuracy"
printf '%-22s %10s %14s %14s   %s / %s\n' "numpy (book's loop)" "$numpy_total" "1.00" "$numpy_gradient" \
  "$(field "$numpy_result" train_acc)" "$(field "$numpy_result" test_acc)"
left_out=()
for method in $methods; do
  gradient="$(json "$method" ms)"
  predicted="$("$PYTHON" -c "import sys; print('%.0f' % (float(sys.argv[1]) * int(sys.argv[2]) / 1000))" "$gradient" "$iters")"
  if (( predicted > max_seconds )); then
    left_out+=("$method: $iters gradients of ${gradient} ms (bench) take about ${predicted} s, over --max-seconds $max_seconds")
    continue
  fi
  java -jar "$JAR" train --method "$method" --iters "$iters" --batch-size 100 --lr 0.1 --init book --seed 1 \
    --data "$data" --history "$tmp/$method.csv" > "$tmp/$method.out" 2> "$tmp/$method.err"
  total="$(tail -n 1 "$tmp/$method.csv" | cut -d, -f3)"
  accuracy="$(tail -n 1 "$tmp/$method.out" | sed 's/train accuracy \([0-9.]*\), test accuracy \([0-9.]*\)/\1 \/ \2/')"
  printf '%-22s %10.3f %14s %14.4f   %s\n' "jar $method" "$total" "$(ratio "$total" "$numpy_total")" "$gradient" "$accuracy"
done
for reason in "${left_out[@]}"; do echo "left out: $reason"; done

echo
echo "one batch-100 gradient (median; numpy: x_train[mask] and the gradient, back to back;"
echo "  jar: the batch's non-zero pixels as the training loop holds them, each timed call after an untimed one):"
printf '  jar backprop / numpy backprop: %s × (%s ms / %s ms)\n' "$(ratio "$backprop_ms" "$numpy_gradient")" "$backprop_ms" "$numpy_gradient"
for method in $methods; do
  [[ "$method" == backprop ]] && continue
  printf '  jar %s / jar backprop: %s × (%s ms; cpu %s ms / %s ms)\n' "$method" "$(ratio "$(json "$method" ms)" "$backprop_ms")" \
    "$(json "$method" ms)" "$(json "$method" cpuMs)" "$(json backprop cpuMs)"
done
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
