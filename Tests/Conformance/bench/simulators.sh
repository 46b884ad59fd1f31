#!/usr/bin/env bash
# Simulator benchmark: requests per second on loopback (wrk) and 100,000 records held.
# Usage: Tests/Conformance/bench/simulators.sh [debug|release]   (numbers go to docs/performance-simulators.md by hand)
set -euo pipefail
cd "$(dirname "$0")/../../.."
config=${1:-debug}
command -v wrk >/dev/null || { echo "install wrk: apt-get install -y wrk"; exit 1; }
swift build -c "$config" --product waybill >/dev/null
binary=.build/$config/waybill
info=$(mktemp)
"$binary" simulate shopify --port 0 >"$info" &
sim=$!
trap 'kill "$sim" 2>/dev/null || true; wait "$sim" 2>/dev/null || true; rm -f "$info" /tmp/wb-seed.json' EXIT
for _ in $(seq 1 100); do grep -q base_url "$info" && break; sleep 0.1; done
base=$(python3 -c 'import json,sys; print(json.loads(open(sys.argv[1]).readline())["base_url"])' "$info")

echo "== simple control read (GET /_sim/counters), 4 connections, 10 s"
wrk -t2 -c4 -d10s "$base/_sim/counters" | grep -E "Requests/sec|Latency|requests in"

echo "== seeding 100,000 records in one call"
python3 - "$base" <<'PY'
import json, sys, time, urllib.request
base = sys.argv[1]
records = [{"id": i, "sku": f"SKU-{i:06d}", "name": f"Product {i}", "price": "9.99", "tags": ["bench"]} for i in range(1, 100001)]
body = json.dumps(records).encode()
start = time.time()
req = urllib.request.Request(base + "/_sim/records/bench_products", data=body, headers={"Content-Type": "application/json"}, method="POST")
with urllib.request.urlopen(req, timeout=600) as r:
    stored = json.load(r)["stored"]
print(f"seeded {stored} records ({len(body)/1e6:.1f} MB) in {time.time()-start:.2f} s")
start = time.time()
with urllib.request.urlopen(base + "/_sim/records/bench_products/99999", timeout=60) as r:
    assert json.load(r)["sku"] == "SKU-099999"
print(f"read one record by id in {1000*(time.time()-start):.1f} ms")
with urllib.request.urlopen(base + "/_sim/records/bench_products?offset=99990&limit=5", timeout=60) as r:
    page = json.load(r)
assert page["count"] == 100000 and len(page["records"]) == 5
PY
echo "== resident memory after seeding: $(ps -o rss= -p "$sim" | awk '{printf "%.0f MB", $1/1024}')"
echo "== point read of one record among 100,000 (GET /_sim/records/bench_products/50000), 4 connections, 10 s"
wrk -t2 -c4 -d10s "$base/_sim/records/bench_products/50000" | grep -E "Requests/sec|Latency|requests in"
echo "== authenticated REST call (GET /admin/api/2025-07/locations.json): rate-limited by design, shows 429s"
token=$(python3 -c 'import json,sys; print(json.loads(open(sys.argv[1]).readline())["credentials"]["access_token"])' "$info")
wrk -t1 -c2 -d3s -H "X-Shopify-Access-Token: $token" "$base/admin/api/2025-07/locations.json" | grep -E "Requests/sec|Non-2xx"
