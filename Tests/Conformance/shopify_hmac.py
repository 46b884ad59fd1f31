"""A Shopify webhook checked with Python's hmac, and the REST Link/page_info pagination walked."""
import base64
import hashlib
import hmac
import json
import os
import sys
import threading
import urllib.request
from http.server import BaseHTTPRequestHandler, HTTPServer

RECEIVED = []


class Receiver(BaseHTTPRequestHandler):
    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
        RECEIVED.append(({k.lower(): v for k, v in self.headers.items()}, body))
        self.send_response(200)
        self.end_headers()

    def log_message(self, *args):
        pass


def info(system):
    with open(os.environ["WAYBILL_SIM_INFO"]) as handle:
        for line in handle:
            entry = json.loads(line)
            if entry["system"] == system:
                return entry
    sys.exit(f"no {system} simulator")


def call(url, data=None, headers=None, method=None):
    request = urllib.request.Request(url, data=data, headers=headers or {}, method=method)
    with urllib.request.urlopen(request, timeout=10) as response:
        return response.status, dict(response.headers.items()), response.read()


def main():
    sim = info("shopify")
    base, token = sim["base_url"], sim["credentials"]["access_token"]
    server = HTTPServer(("127.0.0.1", 0), Receiver)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_port}/hooks/shopify"
    payload = json.dumps({"topic": "orders/create", "url": url, "duplicate": True}).encode()
    call(base + "/_sim/webhooks/fire", payload, {"Content-Type": "application/json"}, "POST")
    server.shutdown()
    assert len(RECEIVED) == 2, len(RECEIVED)
    headers, body = RECEIVED[0]
    digest = base64.b64encode(hmac.new(sim["webhook_secret"].encode(), body, hashlib.sha256).digest()).decode()
    assert hmac.compare_digest(digest, headers["x-shopify-hmac-sha256"]), (digest, headers)
    assert headers["x-shopify-topic"] == "orders/create" and headers["x-shopify-shop-domain"].endswith(".myshopify.com")
    assert RECEIVED[1][0]["x-shopify-event-id"] == headers["x-shopify-event-id"], "duplicate must keep the event id"
    seen, next_url = [], f"{base}/admin/api/2025-07/orders.json?status=any&limit=1"
    while next_url:
        status, response_headers, raw = call(next_url, headers={"X-Shopify-Access-Token": token})
        assert status == 200
        assert "/40" in response_headers["X-Shopify-Shop-Api-Call-Limit"]
        seen += [order["id"] for order in json.loads(raw)["orders"]]
        link = response_headers.get("Link", "")
        next_url = next((part.split(";")[0].strip()[1:-1] for part in link.split(",") if 'rel="next"' in part), None)
    assert len(seen) == len(set(seen)) >= 3, seen
    print(f"shopify_hmac: ok (HMAC verified, duplicate kept event id, {len(seen)} orders over page_info cursors)")


if __name__ == "__main__":
    main()
