#!/usr/bin/env python3
"""Drive the Odoo simulator's JSON-2 API (Odoo 19) with plain urllib, as Odoo's external API docs show.

Reads the simulator's line from WAYBILL_SIM_INFO; skips (exit 0) if the simulator runs a version
without JSON-2. Exits non-zero on the first failed check.
"""
import json
import os
import sys
import urllib.error
import urllib.request


def odoo_info():
    path = os.environ.get("WAYBILL_SIM_INFO")
    if not path:
        sys.exit("WAYBILL_SIM_INFO is not set")
    with open(path) as handle:
        for line in handle:
            line = line.strip()
            if line and json.loads(line).get("system") == "odoo":
                return json.loads(line)
    sys.exit("no odoo line in WAYBILL_SIM_INFO")


def check(condition, message):
    if not condition:
        sys.exit("FAIL: " + message)
    print("ok -", message)


def call(url, key, db, model, method, body, raw=None, verb="POST"):
    data = raw if raw is not None else json.dumps(body).encode()
    request = urllib.request.Request(
        "{}/json/2/{}/{}".format(url, model, method), data=data, method=verb,
        headers={"Authorization": "bearer {}".format(key), "X-Odoo-Database": db,
                 "Content-Type": "application/json; charset=utf-8", "User-Agent": "waybill-conformance"})
    try:
        with urllib.request.urlopen(request) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read() or b"null")


def main():
    info = odoo_info()
    url, creds = info["base_url"], info["credentials"]
    key, db = creds["api_key"], creds["database"]
    try:
        with urllib.request.urlopen("{}/web/version".format(url)) as response:
            version = json.loads(response.read())
    except urllib.error.HTTPError as error:
        if error.code == 404:
            print("odoo_json2: /web/version is 404 (Odoo < 19): JSON-2 absent, skipped")
            return
        raise
    check(version["version"].startswith("19") or version["version_info"][0] >= 19, "GET /web/version")

    status, rows = call(url, key, db, "res.partner", "search_read",
                        {"domain": [["is_company", "=", True]], "fields": ["name"], "limit": 80})
    check(status == 200 and all("id" in r and "name" in r for r in rows), "search_read with named arguments")
    ids = [r["id"] for r in rows[:2]]
    status, records = call(url, key, db, "res.partner", "read", {"ids": ids, "context": {"lang": "en_US"}, "fields": ["name"]})
    check(status == 200 and [r["id"] for r in records] == ids, "read with ids and context")
    status, created = call(url, key, db, "res.partner", "create", {"vals_list": [{"name": "JSON-2 partner"}]})
    check(status == 200 and isinstance(created, list) and isinstance(created[0], int), "create returns ids")
    status, result = call(url, key, db, "res.partner", "write", {"ids": created, "vals": {"phone": "555"}})
    check(status == 200 and result is True, "write")

    expectations = [
        (("res.partner", "search", {"domain": []}), {"key": "wrong"}, 401, "Invalid apikey"),
        (("no.such.model", "search", {"domain": []}), {}, 404, None),
        (("res.partner", "_private", {}), {}, 403, None),
        (("res.partner", "search", {"domain": [], "badparameter": 1}), {}, 422, "badparameter"),
        (("res.partner", "search", {"ids": [1], "domain": []}), {}, 422, "with ids"),
    ]
    for (model, method, body), overrides, expected, fragment in expectations:
        status, error = call(url, overrides.get("key", key), db, model, method, body)
        check(status == expected and set(error) >= {"name", "message", "arguments", "context", "debug"}
              and (fragment is None or fragment in error["message"]), "{} {} -> {}".format(model, method, expected))
    status, error = call(url, key, db, "res.partner", "search", None, raw=b"{not json")
    check(status == 400 and error["message"].startswith("could not parse the body as json"), "bad JSON -> 400")
    request = urllib.request.Request("{}/json/2/res.partner/search".format(url), method="GET",
                                     headers={"Authorization": "bearer {}".format(key)})
    try:
        urllib.request.urlopen(request)
        check(False, "GET must be refused")
    except urllib.error.HTTPError as error:
        check(error.code == 405, "GET -> 405")
    print("odoo_json2: all checks passed")


if __name__ == "__main__":
    main()
