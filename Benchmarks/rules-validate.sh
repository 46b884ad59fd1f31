#!/usr/bin/env bash
# Times `waybill rules validate` as a whole process (release build) with hyperfine:
#   1. the bundled rules/ folder (target: under 100 ms wall),
#   2. 1,000 generated flow files (target: under 2 s).
# Usage: Benchmarks/rules-validate.sh   (from the package root; installs hyperfine if missing)
set -euo pipefail
cd "$(dirname "$0")/.."
command -v hyperfine >/dev/null || apt-get install -y hyperfine >/dev/null
swift build -c release --product waybill >/dev/null
bin="$(swift build -c release --show-bin-path)/waybill"
gen="${TMPDIR:-/tmp}/waybill-bench-rules"
rm -rf "$gen"
python3 Benchmarks/generate-flows.py "$gen" 1000 >/dev/null
"$bin" rules validate "$gen" >/dev/null   # must be clean
if [ -d rules ]; then
  hyperfine --warmup 3 --runs 20 --export-markdown /dev/stdout "$bin rules validate rules/ --format json"
fi
hyperfine --warmup 1 --runs 5 --export-markdown /dev/stdout "$bin rules validate $gen --format json"
