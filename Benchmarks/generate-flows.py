#!/usr/bin/env python3
"""Generates N flow files (default 1,000) plus two system files into a folder, for
`waybill rules validate` timing (see docs/performance-rules.md)."""
import os, sys

def main():
    out = sys.argv[1] if len(sys.argv) > 1 else "/tmp/waybill-bench-rules"
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 1000
    here = os.path.dirname(os.path.abspath(__file__))
    fixtures = os.path.join(here, "..", "Tests", "WaybillRulesTests", "Fixtures", "valid", "basic")
    os.makedirs(os.path.join(out, "systems"), exist_ok=True)
    os.makedirs(os.path.join(out, "generated", "tables"), exist_ok=True)
    for name in ("odoo.yaml", "shipstation.yaml"):
        with open(os.path.join(fixtures, "systems", name)) as src, open(os.path.join(out, "systems", name), "w") as dst:
            dst.write(src.read())
    with open(os.path.join(fixtures, "odoo-shipstation", "tables", "warehouses.yaml")) as src, \
         open(os.path.join(out, "generated", "tables", "warehouses.yaml"), "w") as dst:
        dst.write(src.read())
    flows = [os.path.join(fixtures, "odoo-shipstation", f) for f in ("shipments-to-odoo.yaml", "products-to-shipstation.yaml")]
    templates = [open(f).read() for f in flows]
    for i in range(count):
        text = templates[i % 2]
        first, rest = text.split("\n", 1)
        with open(os.path.join(out, "generated", f"flow-{i:04d}.yaml"), "w") as f:
            f.write(f"{first}-{i:04d}\n{rest}")
    print(f"{count} flows in {out}/generated")

main()
