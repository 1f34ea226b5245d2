#!/usr/bin/env python3
"""Grep inventory of real code, to measure what `analyze` finds against what is there.

    scripts/inventory.py modules APP_DIR [JSON]   process-module definitions found by grep; with the JSON
                                                  report of `analyze`, the ones it lists and misses
    scripts/inventory.py starts APP_DIR           process start sites in production code, one a line
                                                  (file:line: call), to classify by hand

Production code only: test/, deps/, _build/, node_modules/, priv/ and .exs files are left out. A grep is
not a parser: it is the reviewer's checklist, every line of it is read by hand before a figure is quoted.
"""
import json
import os
import re
import sys

SKIP = {"deps", "_build", "node_modules", ".elixir_ls", "cover", ".git", "target", "test", "priv"}
PROCESS = re.compile(r"^\s*(use\s+(GenServer|Agent|Supervisor|DynamicSupervisor|Task|GenStateMachine)\b"
                     r"|@behaviour\s+(:gen_server|:gen_statem|GenServer|:supervisor)\b)")
DEFMODULE = re.compile(r"^\s*defmodule\s+([A-Z][\w.]*)")
START = re.compile(r"\b(spawn|spawn_link|spawn_monitor|Process\.spawn|Node\.spawn\w*|Task\.start|Task\.start_link"
                   r"|Task\.async|Task\.async_stream|Task\.Supervisor\.\w+|GenServer\.start|GenServer\.start_link"
                   r"|Agent\.start|Agent\.start_link|GenStateMachine\.start\w*|:gen_statem\.start\w*"
                   r"|Supervisor\.start_link|DynamicSupervisor\.start_child|Supervisor\.start_child)\s*\(")


def production_files(root):
    for d, dirs, files in os.walk(root):
        dirs[:] = sorted(x for x in dirs if x not in SKIP)
        for f in sorted(files):
            if f.endswith(".ex"):
                yield os.path.join(d, f)


def modules(root):
    out = []
    for path in production_files(root):
        stack = []
        with open(path, encoding="utf-8", errors="replace") as fh:
            for n, line in enumerate(fh, 1):
                m = DEFMODULE.match(line)
                if m:
                    stack.append(m.group(1))
                p = PROCESS.match(line)
                if p and stack:
                    out.append((os.path.relpath(path, root), n, stack[-1], p.group(1).strip()))
    return out


def starts(root):
    for path in production_files(root):
        with open(path, encoding="utf-8", errors="replace") as fh:
            for n, line in enumerate(fh, 1):
                if line.lstrip().startswith("#"):
                    continue
                for m in START.finditer(line):
                    print(f"{os.path.relpath(path, root)}:{n}: {m.group(1)}: {line.strip()[:140]}")


def main(argv):
    if len(argv) < 3 or argv[1] not in ("modules", "starts"):
        print(__doc__, file=sys.stderr)
        return 2
    root = argv[2]
    if argv[1] == "starts":
        starts(root)
        return 0
    found = modules(root)
    listed = None
    if len(argv) > 3:
        with open(argv[3], encoding="utf-8") as fh:
            listed = {m["name"] for m in json.load(fh)["modules"]}
    names = sorted({name for _, _, name, _ in found})
    missed = [n for n in names if listed is not None and n not in listed]
    for file, line, name, how in found:
        mark = "" if listed is None else ("  MISSED" if name in missed else "")
        print(f"{file}:{line}: {name}: {how}{mark}")
    if listed is not None:
        print(f"# {len(names)} process modules by grep, {len(names) - len(missed)} listed by analyze, "
              f"{len(missed)} missed", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
