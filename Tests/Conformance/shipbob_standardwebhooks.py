"""A ShipBob webhook, fired through the control API, verified by the `standardwebhooks` package."""
import json
import os
import sys
import threading
import urllib.request
from http.server import BaseHTTPRequestHandler, HTTPServer

from standardwebhooks.webhooks import Webhook, WebhookVerificationError

RECEIVED = []


class Receiver(BaseHTTPRequestHandler):
    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
        RECEIVED.append((dict(self.headers.items()), body))
        self.send_response(200)
        self.end_headers()
        self.wfile.write(b"ok")

    def log_message(self, *args):
        pass


def info(system):
    with open(os.environ["WAYBILL_SIM_INFO"]) as handle:
        for line in handle:
            entry = json.loads(line)
            if entry["system"] == system:
                return entry
    sys.exit(f"no {system} simulator")


def fire(base, payload):
    request = urllib.request.Request(base + "/_sim/webhooks/fire", data=json.dumps(payload).encode(),
                                     headers={"Content-Type": "application/json"}, method="POST")
    with urllib.request.urlopen(request, timeout=10) as response:
        return json.load(response)


def main():
    sim = info("shipbob")
    server = HTTPServer(("127.0.0.1", 0), Receiver)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_port}/hooks/shipbob"
    result = fire(sim["base_url"], {"topic": "order.shipped", "url": url})
    assert result["deliveries"][0]["response_status"] == 200, result
    result = fire(sim["base_url"], {"topic": "order.shipped", "url": url, "bad_signature": True})
    assert result["deliveries"][0]["response_status"] == 200, result
    server.shutdown()
    assert len(RECEIVED) == 2, RECEIVED
    verifier = Webhook(sim["webhook_secret"])
    headers, body = RECEIVED[0]
    lowered = {k.lower(): v for k, v in headers.items()}
    payload = verifier.verify(body, lowered)
    assert payload["status"] == "Fulfilled" and payload["shipments"], payload
    assert lowered["x-webhook-topic"] == "order.shipped"
    headers, body = RECEIVED[1]
    try:
        verifier.verify(body, {k.lower(): v for k, v in headers.items()})
    except WebhookVerificationError:
        pass
    else:
        raise AssertionError("a corrupted signature verified")
    print("shipbob_standardwebhooks: ok (signature verified by standardwebhooks; bad signature rejected)")


if __name__ == "__main__":
    main()
