#!/usr/bin/env bash
# Conformance of the JSON Schemas: every bundled file validates (.ci/check-schemas), and each
# mutation below of a bundled file — one mistake an integrator could make — is rejected.
set -euo pipefail
cd "$(dirname "$0")/../.."

.ci/check-schemas

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
failures=0
cases=0

# expect_invalid NAME SCHEMA SOURCE SED-EXPRESSION: the mutated copy of SOURCE must fail SCHEMA.
expect_invalid() {
  local name=$1 schema=$2 source=$3 expr=$4
  cases=$((cases + 1))
  local copy="$tmp/$name.yaml"
  sed -E "$expr" "$source" > "$copy"
  if cmp -s "$source" "$copy"; then
    echo "FAIL $name: the mutation did not change $source"; failures=$((failures + 1)); return
  fi
  if check-jsonschema --schemafile "schemas/$schema" "$copy" >/dev/null 2>&1; then
    echo "FAIL $name: schemas/$schema accepted the mutated $source"; failures=$((failures + 1))
  else
    echo "ok   $name"
  fi
}

flow=rules/odoo-shipstation/products.yaml
expect_invalid flow-unknown-key        flow.schema.json "$flow" 's/^    every: 15m/    evry: 15m/'
expect_invalid flow-bad-duration       flow.schema.json "$flow" 's/^    every: 15m/    every: 15 minutes/'
expect_invalid flow-missing-identity   flow.schema.json "$flow" '/^identity:/d'
expect_invalid flow-bad-operator       flow.schema.json "$flow" "s/\[\[default_code, '!=', false\]/[[default_code, '<>', false]/"
expect_invalid flow-bad-lookback       flow.schema.json "$flow" 's/lookback: 10m/lookback: soon/'
expect_invalid flow-step-unknown-key   flow.schema.json "$flow" 's/^  operation: update/  operation: update\n  mach: []/'
expect_invalid flow-write-and-steps    flow.schema.json "$flow" 's/^identity:/steps: [{ call: button_validate }]\nidentity:/'
expect_invalid flow-lookup-two-kinds   flow.schema.json rules/odoo-shipstation/inventory.yaml 's/^    table: warehouses/    table: warehouses\n    find: { system: odoo, model: stock.warehouse }/'

system=rules/systems/shipstation.yaml
expect_invalid system-literal-password system.schema.json "$system" 's/password: \{ secret: api_secret \}/password: hunter2/'
expect_invalid system-unknown-scheme   system.schema.json "$system" 's/scheme: basic/scheme: digest/'
expect_invalid system-bad-field-type   system.schema.json "$system" 's/^      orderNumber: string$/      orderNumber: strnig<>/'
expect_invalid system-bad-method       system.schema.json "$system" '0,/method: GET/s//method: FETCH/'
expect_invalid system-none-no-token    system.schema.json "$system" '/path_token: true/d'
expect_invalid odoo-bad-form           system.schema.json rules/systems/odoo.yaml 's/odoo_sh, self_hosted/odoo_sh, on_premise/'
expect_invalid odoo-resources-key      system.schema.json rules/systems/odoo.yaml 's/^models:/resources: {}\nmodels:/'

table=rules/odoo-shipstation/tables/warehouses.yaml
expect_invalid table-bad-key-type      table.schema.json "$table" 's/^key: int/key: float/'
expect_invalid table-no-rows           table.schema.json "$table" 's/^rows:/lines:/'

conn=docs/connections.example.yaml
expect_invalid conn-literal-wc-secret  connections.schema.json "$conn" 's#consumer_secret: woocommerce/globex/consumer_secret#consumer_secret: cs_0123456789abcdef#'
expect_invalid conn-literal-whsec      connections.schema.json "$conn" 's#webhook_secret: shipbob/globex/webhook_secret#webhook_secret: whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw#'
expect_invalid conn-no-base-url        connections.schema.json "$conn" '/base_url: https:\/\/api.shipstation.com/d'
expect_invalid conn-bad-protocol       connections.schema.json "$conn" 's/protocol: xmlrpc/protocol: soap/'

echo "$((cases - failures))/$cases schema mutations rejected"
[ "$failures" -eq 0 ]
