"""The official `woocommerce` client lists orders over plain http (OAuth 1.0a query signing)."""
import json
import os
import sys

from woocommerce import API


def info(system):
    with open(os.environ["WAYBILL_SIM_INFO"]) as handle:
        for line in handle:
            entry = json.loads(line)
            if entry["system"] == system:
                return entry
    sys.exit(f"no {system} simulator in {os.environ['WAYBILL_SIM_INFO']}")


def main():
    sim = info("woocommerce")
    creds = sim["credentials"]
    api = API(url=sim["base_url"], consumer_key=creds["consumer_key"], consumer_secret=creds["consumer_secret"],
              version="wc/v3", timeout=10)
    first = api.get("orders", params={"per_page": 2, "orderby": "id", "order": "asc"})
    assert first.status_code == 200, (first.status_code, first.text)
    total = int(first.headers["X-WP-Total"])
    pages = int(first.headers["X-WP-TotalPages"])
    assert total >= 3 and pages == (total + 1) // 2, (total, pages)
    assert 'rel="next"' in first.headers.get("Link", ""), first.headers.get("Link")
    orders = first.json()
    assert [o["id"] for o in orders] == sorted(o["id"] for o in orders)
    for order in orders:
        assert order["date_created_gmt"] and "Z" not in order["date_created_gmt"], order["date_created_gmt"]
        assert isinstance(order["total"], str) and "." in order["total"], order["total"]
    incremental = api.get("orders", params={"modified_after": "2000-01-01T00:00:00", "dates_are_gmt": True,
                                            "per_page": 100})
    assert incremental.status_code == 200 and len(incremental.json()) == total
    one = api.get(f"orders/{orders[0]['id']}")
    assert one.status_code == 200 and one.json()["id"] == orders[0]["id"]
    missing = api.get("orders/999999")
    assert missing.status_code == 404 and missing.json()["data"]["status"] == 404, missing.text
    forged = API(url=sim["base_url"], consumer_key=creds["consumer_key"], consumer_secret="cs_wrong", version="wc/v3")
    denied = forged.get("orders")
    assert denied.status_code == 401 and denied.json()["code"] == "woocommerce_rest_authentication_error", denied.text
    print(f"woocommerce_client: ok ({total} orders, {pages} pages, OAuth1 signature accepted, forged one rejected)")


if __name__ == "__main__":
    main()
