#!/usr/bin/env bash
# Odoo simulator throughput on loopback: JSON-2 search_read and XML-RPC version, measured with wrk.
# Usage: Benchmarks/odoo-simulator.sh [debug|release]   (numbers go to docs/performance-simulators.md by hand)
set -euo pipefail
cd "$(dirname "$0")/.."
config=${1:-release}
command -v wrk >/dev/null || { echo "install wrk: apt-get install -y wrk"; exit 1; }
[ -x ".build/$config/waybill" ] || swift build -c "$config" --product waybill >/dev/null
info=$(mktemp)
".build/$config/waybill" simulate odoo --port 0 >"$info" &
sim=$!
trap 'kill "$sim" 2>/dev/null || true; wait "$sim" 2>/dev/null || true; rm -f "$info"' EXIT
for _ in $(seq 1 100); do grep -q base_url "$info" && break; sleep 0.1; done
base=$(python3 -c 'import json,sys; print(json.loads(open(sys.argv[1]).readline())["base_url"])' "$info")
echo "== JSON-2 search_read (is_company = true, 2 fields, limit 80), 8 connections, 10 s"
wrk -t2 -c8 -d10s --latency -s Benchmarks/server/odoo-search-read.lua "$base" | grep -E "Requests/sec|Latency|50%|99%|requests in|Non-2xx"
echo "== GET /web/version, 8 connections, 10 s"
wrk -t2 -c8 -d10s --latency "$base/web/version" | grep -E "Requests/sec|50%|99%|requests in|Non-2xx"
