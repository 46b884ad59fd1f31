#!/usr/bin/env python3
"""Drive the Odoo simulator with Python's standard xmlrpc.client, exactly as Odoo's external API docs do.

Reads the simulator's line from the file named by WAYBILL_SIM_INFO (one JSON object per line,
{"system": "odoo", "base_url": ..., "credentials": {"database", "login", "password", "api_key"}}).
Exits non-zero on the first failed check.
"""
import json
import os
import sys
import xmlrpc.client


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


def main():
    info = odoo_info()
    url = info["base_url"]
    creds = info["credentials"]
    db, username, password = creds["database"], creds["login"], creds["password"]

    common = xmlrpc.client.ServerProxy("{}/xmlrpc/2/common".format(url))
    version = common.version()
    check(isinstance(version["server_version"], str) and version["protocol_version"] == 1, "common.version()")
    check(int(str(version["server_version_info"][0]).replace("saas~", "")) >= 17, "server_version_info[0] is a major version")

    uid = common.authenticate(db, username, password, {})
    check(isinstance(uid, int) and uid > 0, "authenticate returns a uid")
    check(common.authenticate(db, username, "wrong", {}) is False, "authenticate with a bad password returns False")
    check(common.authenticate(db, username, creds["api_key"], {}) == uid, "an API key works in place of the password")

    models = xmlrpc.client.ServerProxy("{}/xmlrpc/2/object".format(url))
    check(models.execute_kw(db, uid, password, "res.partner", "check_access_rights", ["read"], {"raise_exception": False}) is True,
          "check_access_rights")
    ids = models.execute_kw(db, uid, password, "res.partner", "search", [[["is_company", "=", True]]], {"limit": 5})
    check(isinstance(ids, list) and all(isinstance(i, int) for i in ids), "search returns ids")
    count = models.execute_kw(db, uid, password, "res.partner", "search_count", [[["is_company", "=", True]]])
    check(count >= len(ids), "search_count")
    records = models.execute_kw(db, uid, password, "res.partner", "read", [ids], {"fields": ["name", "country_id", "comment"]})
    check(all("id" in r and "name" in r for r in records), "read includes id")
    with_country = [r for r in records if r["country_id"]]
    check(all(isinstance(r["country_id"], list) and len(r["country_id"]) == 2 for r in with_country), "many2one reads as [id, name]")
    check(all(r["comment"] is False for r in records if not r["comment"]), "empty values read as False")

    rows = models.execute_kw(db, uid, password, "res.partner", "search_read",
                             [["|", ["name", "ilike", "deco"], ["name", "ilike", "azure"]]],
                             {"fields": ["name", "write_date"], "order": "write_date asc, id asc", "limit": 10})
    check(len(rows) >= 2 and all(len(r["write_date"]) == 19 for r in rows), "search_read with | and order; write_date YYYY-MM-DD HH:MM:SS")

    new_id = models.execute_kw(db, uid, password, "res.partner", "create", [{"name": "New Partner"}])
    check(isinstance(new_id, int), "create returns an id")
    check(models.execute_kw(db, uid, password, "res.partner", "write", [[new_id], {"name": "Newer partner"}]) is True, "write returns True")
    name = models.execute_kw(db, uid, password, "res.partner", "read", [[new_id], ["display_name"]])
    check(name[0]["display_name"] == "Newer partner", "read after write")
    check(models.execute_kw(db, uid, password, "res.partner", "unlink", [[new_id]]) is True, "unlink")
    check(models.execute_kw(db, uid, password, "res.partner", "search", [[["id", "=", new_id]]]) == [], "deleted record is gone")

    fields = models.execute_kw(db, uid, password, "res.partner", "fields_get", [], {"attributes": ["string", "help", "type"]})
    check(fields["name"]["type"] == "char" and "string" in fields["name"], "fields_get")

    try:
        models.execute_kw(db, uid, "bad-password", "res.partner", "search", [[]])
        check(False, "a bad password must fault")
    except xmlrpc.client.Fault as fault:
        check(fault.faultCode == 3 and fault.faultString == "Access Denied", "bad password -> Fault 3 'Access Denied'")

    pickings = models.execute_kw(db, uid, password, "stock.picking", "search_read",
                                 [[["picking_type_code", "=", "outgoing"], ["state", "=", "assigned"]]],
                                 {"fields": ["name", "state", "move_ids"]})
    check(len(pickings) >= 1, "outgoing ready pickings")
    try:
        models.execute_kw(db, uid, password, "stock.picking", "action_cancel", [[pickings[0]["id"]]])
        models.execute_kw(db, uid, password, "stock.picking", "button_validate", [[pickings[0]["id"]]])
        check(False, "validating a cancelled picking must fault")
    except xmlrpc.client.Fault as fault:
        check(fault.faultCode == 2, "UserError -> Fault 2")
    print("odoo_xmlrpc: all checks passed")


if __name__ == "__main__":
    main()
