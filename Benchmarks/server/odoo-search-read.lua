-- wrk script: Odoo JSON-2 search_read against `waybill simulate odoo` (demo data, API key of the demo admin).
-- Usage: wrk -t2 -c8 -d10s --latency -s odoo-search-read.lua http://127.0.0.1:PORT
wrk.method = "POST"
wrk.path = "/json/2/res.partner/search_read"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "bearer 7c3f9a1e5b2d4c6e8f0a1b3c5d7e9f1a2b4c6d8e"
wrk.headers["X-Odoo-Database"] = "waybill"
wrk.body = '{"domain": [["is_company", "=", true]], "fields": ["name", "email"], "limit": 80}'
