#!/usr/bin/env python3
"""Resident memory of the `waybill run` daemon: idle, then with a 100,000-job backlog.

Usage: Tests/Crash/daemon_rss.py [debug|release] [--backlog N] [--seconds S] [--poll-wait S]

Starts the Odoo and ShipStation simulators (`waybill simulate … --port 0`, emptied with
`/_sim/reset {"seed_demo": false}`), writes a connections file for the bundled `odoo-shipstation`
pack, stores the secrets with `waybill secrets set`, then:
  1. idle: starts the daemon, waits 5 s, samples VmRSS from /proc every 0.25 s for S seconds;
  2. backlog: stops it (SIGTERM), creates 2,000 products with internal references in the Odoo
     simulator (`/_sim/odoo/records/product.product`), restarts the daemon: its first poll of
     `shipstation-products` queues their jobs, which ShipStation's 40 requests/minute keep waiting;
     stops it again, copies waiting jobs in SQLite (same flow and payload, new identities) up to N
     waiting jobs, restarts it and samples VmRSS for S seconds; `waybill status --json` confirms
     the backlog. (A debug build polls 100,000 Odoo products far too slowly to build the backlog
     by polling alone.)
Prints one line per phase; numbers go to docs/performance.md by hand.
"""
import base64
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def arg(name, default):
    if name in sys.argv:
        return sys.argv[sys.argv.index(name) + 1]
    return default


CONFIG = next((a for a in sys.argv[1:2] if a in ("debug", "release")), "debug")
BACKLOG = int(arg("--backlog", "100000"))
SEEDED = min(BACKLOG, int(arg("--seeded", "2000")))
SECONDS = float(arg("--seconds", "10"))
POLL_WAIT = float(arg("--poll-wait", "600"))
BINARY = os.path.join(ROOT, ".build", CONFIG, "waybill")


def post(url, body):
    request = urllib.request.Request(url, data=json.dumps(body).encode(), method="POST",
                                     headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=600) as response:
        return json.load(response)


def rss_mb(pid):
    with open(f"/proc/{pid}/status") as handle:
        for line in handle:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def sample(pid, seconds):
    values = []
    end = time.time() + seconds
    while time.time() < end:
        value = rss_mb(pid)
        if value == 0:
            sys.exit("the daemon exited")
        values.append(value)
        time.sleep(0.25)
    return min(values), max(values), values[-1]


def clone(db, target):
    """Copies waiting jobs (new identities, same flow and payload) until `target` jobs wait."""
    import sqlite3
    connection = sqlite3.connect(db, timeout=60)
    waiting = connection.execute("SELECT COUNT(*) FROM jobs WHERE state IN ('pending', 'retrying')").fetchone()[0]
    missing = target - waiting
    if missing > 0:
        connection.execute(f"""
            WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {missing})
            INSERT INTO jobs (flow, connection, identity, source_version, payload, state, attempts, next_run_at,
                              due_at, replays, created_at, updated_at)
            SELECT j.flow, j.connection, j.identity || '#copy' || n.i, j.source_version, j.payload, 'pending', 0,
                   j.next_run_at, j.next_run_at, 0, j.created_at, j.updated_at
            FROM n, (SELECT * FROM jobs WHERE state = 'pending' ORDER BY id LIMIT 1) AS j
        """)
        connection.commit()
    connection.close()


def simulator(system, procs):
    proc = subprocess.Popen([BINARY, "simulate", system, "--port", "0"], stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, text=True)
    procs.append(proc)
    info = json.loads(proc.stdout.readline())
    post(info["base_url"] + "/_sim/reset", {"seed_demo": False})
    return info


def main():
    if not os.access(BINARY, os.X_OK):
        sys.exit(f"build it first: swift build -c {CONFIG} --product waybill")
    procs = []
    folder = tempfile.mkdtemp(prefix="waybill-rss-")
    db = os.path.join(folder, "waybill.sqlite")
    env = dict(os.environ, WAYBILL_MASTER_KEY=base64.b64encode(os.urandom(32)).decode(),
               WAYBILL_LISTEN="127.0.0.1:0")
    try:
        odoo = simulator("odoo", procs)
        ship = simulator("shipstation", procs)
        c = odoo["credentials"]
        s = ship["credentials"]
        secrets = {
            "odoo/acme/api_key": c["api_key"],
            "shipstation/acme/api_key": s["api_key"], "shipstation/acme/api_secret": s["api_secret"],
            "shipstation/acme/webhook_path": "pt0123456789abcdef",
            "shipstation-v2/acme/api_key": s.get("v2_api_key", ""),
        }
        for name, value in secrets.items():
            subprocess.run([BINARY, "secrets", "set", name, "--db", db], input=value, text=True, env=env,
                           check=True, stdout=subprocess.DEVNULL)
        connections = os.path.join(folder, "connections.yaml")
        with open(connections, "w") as handle:
            handle.write(f"""tenants:
  acme:
    packs: [odoo-shipstation]
    connections:
      odoo:
        base_url: {odoo['base_url']}
        database: {c['database']}
        login: {c['login']}
        protocol: auto
        secrets: {{ api_key: odoo/acme/api_key }}
      shipstation:
        base_url: {ship['base_url']}
        secrets: {{ api_key: shipstation/acme/api_key, api_secret: shipstation/acme/api_secret }}
        webhook: {{ path_token: {{ secret: shipstation/acme/webhook_path }} }}
      shipstation-v2:
        base_url: {ship['base_url']}
        secrets: {{ api_key: shipstation-v2/acme/api_key }}
""")
        run = [BINARY, "run", "--rules", os.path.join(ROOT, "rules"), "--connections", connections, "--db", db]

        def status():
            out = subprocess.run([BINARY, "status", "--json", "--db", db], capture_output=True, text=True, check=True)
            return json.loads(out.stdout)

        log = open(os.path.join(folder, "daemon.log"), "w")
        daemon = subprocess.Popen(run, env=env, stdout=log, stderr=subprocess.STDOUT)
        procs.append(daemon)
        time.sleep(5)
        if daemon.poll() is not None:
            sys.exit("the daemon exited: " + open(os.path.join(folder, "daemon.log")).read()[-2000:])
        low, high, last = sample(daemon.pid, SECONDS)
        print(f"{CONFIG} idle daemon: RSS {low:.1f}–{high:.1f} MB over {SECONDS:.0f} s (last {last:.1f} MB)")
        daemon.send_signal(signal.SIGTERM)
        daemon.wait(timeout=30)

        start = time.time()
        chunk = 5000
        control = odoo["base_url"] + "/_sim/odoo"
        try:
            urllib.request.urlopen(control + "/version", timeout=30).read()
        except urllib.error.HTTPError:
            control = odoo["base_url"] + "/_odoo"  # binaries built before the /_sim/odoo/ move
        for first in range(0, SEEDED, chunk):
            batch = [{"name": f"Backlog product {i}", "default_code": f"BL-{i:06d}", "type": "consu"}
                     for i in range(first, min(SEEDED, first + chunk))]
            post(control + "/records/product.product", batch)
        print(f"seeded {SEEDED} Odoo products in {time.time() - start:.1f} s")

        daemon = subprocess.Popen(run, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        procs.append(daemon)
        start = time.time()
        peak = 0.0
        queued = 0
        while time.time() - start < POLL_WAIT:
            peak = max(peak, rss_mb(daemon.pid))
            totals = status()["totals"]
            queued = sum(totals.values())
            if queued >= SEEDED:
                break
            time.sleep(1)
        print(f"{CONFIG} first poll queued {queued} jobs in {time.time() - start:.1f} s, peak RSS {peak:.1f} MB")
        daemon.send_signal(signal.SIGTERM)
        daemon.wait(timeout=60)
        clone(db, BACKLOG)
        daemon = subprocess.Popen(run, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        procs.append(daemon)
        time.sleep(5)
        low, high, last = sample(daemon.pid, SECONDS)
        report = status()
        waiting = sum(report["totals"].get(k, 0) for k in ("pending", "retrying", "leased"))
        print(f"{CONFIG} daemon with {waiting} waiting jobs (lag {report.get('lagSeconds', 0):.0f} s): "
              f"RSS {low:.1f}–{high:.1f} MB over {SECONDS:.0f} s (last {last:.1f} MB)")
    finally:
        for proc in reversed(procs):
            if proc.poll() is None:
                proc.send_signal(signal.SIGTERM)
                try:
                    proc.wait(timeout=20)
                except subprocess.TimeoutExpired:
                    proc.kill()


if __name__ == "__main__":
    main()
