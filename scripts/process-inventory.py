#!/usr/bin/env python3
"""Process-module recall of otp-advisor against a grep inventory (issue 10: >= 98% of process modules found).

    scripts/process-inventory.py APPS_DIR OUT_DIR [APP...]

APPS_DIR holds local copies of real applications (never committed); OUT_DIR/<app>/otp-advisor.json is
`analyze --format json --out OUT_DIR/<app>` of each. The grep inventory: every production .ex file (no
deps/, _build/, test/...) line `use GenServer|Agent|Supervisor|DynamicSupervisor|Task|GenStateMachine` or
`@behaviour :gen_statem|:gen_server|GenServer` outside a heredoc (doc examples), attributed to the nearest
`defmodule` above it. Modules are compared by last name segment and file. Project `__using__` macros and
Agents without `use Agent` are found by the analyzer but not by this grep: they show as "extra".
"""
import json, os, re, sys

PROCESS = re.compile(r'^\s*(use (GenServer|Agent|Supervisor|DynamicSupervisor|Task|GenStateMachine)\b'
                     r'|@behaviou?r (:gen_statem|:gen_server|GenServer)\b)')
DEFMODULE = re.compile(r'^\s*defmodule\s+([\w.]+)')
SKIP = {'deps', '_build', 'node_modules', '.git', '.elixir_ls', 'cover', 'test'}


def grep_inventory(root):
    found = set()
    for dirpath, dirs, files in os.walk(root):
        dirs[:] = [d for d in dirs if d not in SKIP]
        for name in files:
            if not name.endswith('.ex'):
                continue
            path = os.path.join(dirpath, name)
            stack, doc = [], False
            for line in open(path, errors='replace'):
                if line.count('"""') % 2 == 1 or line.count("'''") % 2 == 1:
                    doc = not doc
                    continue
                if doc:
                    continue
                m = DEFMODULE.match(line)
                if m:
                    stack.append(m.group(1))
                elif PROCESS.match(line) and stack:
                    found.add((stack[-1].split('.')[-1], os.path.relpath(path, root)))
    return found


def main(apps_dir, out_dir, apps):
    total = hits = 0
    for app in apps:
        grep = grep_inventory(os.path.join(apps_dir, app))
        report = json.load(open(os.path.join(out_dir, app, 'otp-advisor.json')))
        modules = {(m['name'].split('.')[-1], m['file']) for m in report['modules']}
        tests = [m['name'] for m in report['modules'] if '/test/' in '/' + m['file']]
        total += len(grep)
        hits += len(grep & modules)
        print(f"{app}: grep {len(grep)} found {len(grep & modules)} modules {len(modules)} test-in-modules {len(tests)}"
              f" missing {sorted(grep - modules)} extra {sorted(modules - grep)}")
    print(f"TOTAL grep {total} found {hits} ({100 * hits / max(total, 1):.1f}%)")


if __name__ == '__main__':
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2], sys.argv[3:] or sorted(os.listdir(sys.argv[2])))
