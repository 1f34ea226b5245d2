#!/usr/bin/env python3
"""Counts what the Testing Approach sketches of otp-decision.md reports get wrong (issue 11, helper 11T).

  scripts/test-sketch-audit.py APP_ROOT=REPORT_DIR [...]

Per application: tests; tests with no assert/refute; tests reading context keys no setup gives; start specs that
match no start_link clause of the module's source ({M, arg} needs start_link/1 unless the module defines child_spec,
a tuple or map pattern in start_link/1 does not take []); literal arguments no clause of the called function accepts
(a string where every clause's parameter is a tuple/list/map pattern or guarded is_integer/is_list/..., a number
where the parameter is a timeout). Heuristic (regexes over the source): it reads the report as a person gets it.
With -v, each counted case is printed.
"""
import os, re, sys

VERBOSE = '-v' in sys.argv
args = [a for a in sys.argv[1:] if a != '-v']

def balanced(s, i, o='(', c=')'):
    depth = 0
    for j in range(i, len(s)):
        if s[j] == o: depth += 1
        elif s[j] == c:
            depth -= 1
            if depth == 0: return j
    return -1

def split_top(s):
    out, depth, cur, q = [], 0, '', False
    for ch in s:
        if ch == '"': q = not q
        if not q and ch in '([{': depth += 1
        if not q and ch in ')]}': depth -= 1
        if ch == ',' and depth == 0 and not q:
            out.append(cur.strip()); cur = ''
        else: cur += ch
    if cur.strip(): out.append(cur.strip())
    return out

SRC = {}
def module_source(root, module):
    if root not in SRC:
        idx = {}
        for d, _, fs in os.walk(root):
            if '/deps' in d or '/_build' in d or '/test' in d or '/node_modules' in d: continue
            for f in fs:
                if f.endswith('.ex'):
                    p = os.path.join(d, f)
                    try: txt = open(p, errors='replace').read()
                    except OSError: continue
                    for m in re.finditer(r'(?m)^\s*defmodule ([A-Z][\w.]*) do', txt):
                        idx.setdefault(m.group(1), (p, txt))
        SRC[root] = idx
    return SRC[root].get(module)

def clauses(txt, name):
    """(params, guard) of each def/defp name(...) in txt."""
    out = []
    for m in re.finditer(r'(?m)^\s*defp? ' + re.escape(name) + r'(\(|\s+do\b|,\s*do:|\s*$)', txt):
        if m.group(1) != '(':
            out.append(([], '')); continue
        i = m.end() - 1
        j = balanced(txt, i)
        if j < 0: continue
        params = split_top(txt[i+1:j].replace('\n', ' '))
        rest = txt[j+1:j+300]
        guard = rest.split(' do', 1)[0] if rest.lstrip().startswith('when') else ''
        out.append((params, guard))
    return out

def arity_ok(params, n):
    req = [p for p in params if '\\\\' not in p]
    return len(req) <= n <= len(params)

def accepts(param, guard, arg):
    p = param.split('\\\\')[0].strip()
    var = re.fullmatch(r'[a-z_]\w*', p)
    if arg.startswith('"'):
        if p.startswith(('{', '[', '%', ':')) or re.match(r'^-?\d', p): return False
        if var and re.search(r'is_(integer|list|map|tuple|atom|pid|number|boolean|function|reference)\(' + re.escape(p) + r'\)', guard): return False
    if re.fullmatch(r'\d+', arg):
        if var and 'timeout' in p: return False
        if p.startswith(('{', '[', '%', '"')): return False
        if var and re.search(r'is_(binary|list|map|tuple|atom|pid)\(' + re.escape(p) + r'\)', guard): return False
    if arg == '[]':
        if p.startswith(('{', '%', '"')): return False
    return True

total = {}
for spec in args:
    root, rdir = spec.split('=')
    app = os.path.basename(root.rstrip('/'))
    c = dict(reports=0, tests=0, no_assert=0, context_unset=0, start_mismatch=0, literal_mismatch=0)
    mods = os.path.join(rdir, 'md', 'modules')
    for mod in sorted(os.listdir(mods)):
        md = open(os.path.join(mods, mod, 'otp-decision.md')).read()
        sec = re.search(r'## Testing Approach\n(.*?)(\n## |\Z)', md, re.S)
        if not sec: continue
        c['reports'] += 1
        block = sec.group(1)
        src = module_source(root, mod)
        aliasm = re.search(r'(?m)^\s*alias ' + re.escape(mod) + r'$', block)
        ref = mod.rsplit('.', 1)[-1] if aliasm else mod
        has_setup = re.search(r'(?m)^\s*setup\b', block) is not None
        tests = re.split(r'(?m)^(?=  test ")', block)[1:]
        for t in tests:
            t = re.split(r'(?m)^  end$', t)[0]
            c['tests'] += 1
            def hit(k, why):
                c[k] += 1
                if VERBOSE: print(f'{k}\t{app}\t{mod}\t{why}')
            if not re.search(r'(?m)^\s*(assert|refute)', t):
                hit('no_assert', t.splitlines()[0])
            if re.match(r'  test "[^"]*",\s*%\{', t) and not has_setup:
                hit('context_unset', t.splitlines()[0])
            if not src: continue
            txt = src[1]
            starts = clauses(txt, 'start_link')
            own_spec = re.search(r'(?m)^\s*def child_spec\(', txt) is not None
            for m in re.finditer(r'start_supervised!?\(', t):
                i = m.end() - 1
                j = balanced(t, i)
                s = t[i+1:j].strip()
                n = None
                if s in (ref, mod): n, arg = 1, '[]'
                else:
                    mm = re.fullmatch(r'\{(' + re.escape(ref) + '|' + re.escape(mod) + r'),\s*(.*)\}', s, re.S)
                    if mm:
                        n, arg = 1, mm.group(2).strip()
                    mm2 = re.search(r'start: \{(' + re.escape(ref) + '|' + re.escape(mod) + r'), :start_link, \[(.*)\]\}', s, re.S)
                    if mm2:
                        n, arg = len(split_top(mm2.group(2))), None
                if n is None or (own_spec and arg is not None): continue
                fit = [cl for cl in starts if arity_ok(cl[0], n)]
                if re.search(r'use (GenServer|Agent|Supervisor|Task|GenStage|DynamicSupervisor|GenStateMachine)\b', txt) or starts:
                    if not fit:
                        hit('start_mismatch', s); continue
                    if arg is not None and n == 1 and not any(accepts(cl[0][0], cl[1], arg) for cl in fit if cl[0]):
                        hit('start_mismatch', s)
            for m in re.finditer(r'(?<![\w.])' + re.escape(ref) + r'\.([a-z_]\w*[?!]?)\(', t):
                i = m.end() - 1
                j = balanced(t, i)
                cargs = split_top(t[i+1:j])
                cls = [cl for cl in clauses(txt, m.group(1)) if arity_ok(cl[0], len(cargs))]
                if not cls: continue
                lit = [k for k, a in enumerate(cargs) if a.startswith('"') or re.fullmatch(r'\d+', a) or a == '[]']
                if lit and not any(all(accepts(cl[0][k], cl[1], cargs[k]) for k in lit if k < len(cl[0])) for cl in cls):
                    hit('literal_mismatch', t[m.start():j+1])
    print('\t'.join([app] + [f'{k}={v}' for k, v in c.items()]))
    for k, v in c.items(): total[k] = total.get(k, 0) + v
print('\t'.join(['TOTAL'] + [f'{k}={v}' for k, v in total.items()]))
