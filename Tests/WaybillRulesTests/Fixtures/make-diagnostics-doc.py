#!/usr/bin/env python3
"""Writes docs/diagnostics.md from DiagnosticCode.swift (meanings) and the invalid fixtures'
goldens (examples). Run after re-recording goldens: python3 Tests/WaybillRulesTests/Fixtures/make-diagnostics-doc.py"""
import os, re
here = os.path.dirname(os.path.abspath(__file__))
root = os.path.abspath(os.path.join(here, "..", "..", ".."))
code_file = open(os.path.join(root, "Sources/WaybillRules/Diagnostics/DiagnosticCode.swift")).read()
codes = []
for m in re.finditer(r'/// (.+)\n    public static let (\w+) = DiagnosticCode\("(R\d+)"(?:, \.(\w+))?\)', code_file):
    codes.append((m.group(3), m.group(2), m.group(1), m.group(4) or "error"))
examples = {}
inv = os.path.join(here, "invalid")
for name in sorted(os.listdir(inv)):
    golden = os.path.join(inv, name, "expected.txt")
    if not os.path.exists(golden):
        continue
    for line in open(golden).read().splitlines():
        m = re.match(r'(.+?):(\d+):(\d+): (\w+)\[(\w+)\]: (.*)', line)
        if not m:
            continue
        file, ln, col, sev, code, msg = m.groups()
        if code in examples:
            continue
        src_path = os.path.join(inv, name, file)
        src = open(src_path).read().splitlines() if os.path.exists(src_path) else []
        src_line = src[int(ln) - 1] if 0 < int(ln) <= len(src) else ""
        examples[code] = (name, file, ln, col, sev, msg, src_line)
out = ["# Diagnostics", "",
       "Every diagnostic `waybill rules validate` prints has a stable code. `R…` codes come from the rule",
       "compiler (declared in `Sources/WaybillRules/Diagnostics/DiagnosticCode.swift`, never reused);",
       "`X…` codes come from the expression language (see [expressions.md](expressions.md)) and are",
       "rebased to the file line and column of the expression. Examples are taken from the invalid",
       "fixtures in `Tests/WaybillRulesTests/Fixtures/invalid/` (each has a golden `expected.txt`).",
       "", "Text output: `path:line:col: severity[CODE]: message`, the source line with a caret under the",
       "span, then `help: did you mean …?` and `note:` lines. `--format json` prints one object per",
       "diagnostic with `file`, `line`, `column`, `length`, `severity`, `code`, `message`, `suggestion`",
       "(and `notes` when present). Exit status: 0 clean, 1 on errors (or on warnings with",
       "`--deny-warnings`), 2 on usage errors such as a missing path.", ""]
for code, name, meaning, sev in codes:
    out.append(f"## {code} `{name}` ({sev})")
    out.append("")
    out.append(meaning)
    out.append("")
    if code in examples:
        fx, file, ln, col, esev, msg, src_line = examples[code]
        out.append(f"Example (fixture `{fx}`):")
        out.append("")
        out.append("```")
        out.append(f"{file}:{ln}:{col}: {esev}[{code}]: {msg}")
        if src_line:
            out.append(f"  | {src_line}")
        out.append("```")
        out.append("")
    else:
        out.append("No fixture: raised only for unreadable inputs or YAML features the parser hides." if code in ("R001", "R005") else "")
        out.append("")
xcodes = sorted({c for c in examples if c.startswith("X")})
out.append("## Expression codes seen in the fixtures")
out.append("")
for code in xcodes:
    fx, file, ln, col, esev, msg, src_line = examples[code]
    out.append(f"- `{code}` — e.g. `{msg}` (fixture `{fx}`, {file}:{ln}:{col})")
out.append("")
open(os.path.join(root, "docs/diagnostics.md"), "w").write("\n".join(out))
missing = [c for c, *_ in codes if c not in examples]
print("codes without example:", missing)
