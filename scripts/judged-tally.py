#!/usr/bin/env python3
"""Counts how many of the findings and changed recommendations of a real-apps run were judged right by hand.

    scripts/judged-tally.py OUT_DIR [JUDGED_DIR...]

OUT_DIR is what scripts/real-apps.sh wrote (<project>.txt and <project>.json per project). Each JUDGED_DIR holds
judgements (default: every docs/evaluation/issue-* folder): judged-findings-*.tsv and judged-OTP*.tsv lines
`app, rule, path:line, right|wrong, why` (folders in the order given, files in name order; a later judgement of the
same finding wins) and judged-recommendations.tsv lines
`app, module, right|wrong, why`. A finding or recommendation nobody judged is listed as unjudged: judge it before
quoting a figure. Only a judgement made on the current message text counts; re-judge a finding whose text changed.
"""
import glob
import json
import os
import re
import sys

FINDING = re.compile(r'^([^ ]+):(\d+):\d+: (?:error|warning|info) \[(OTP\d+)\]')


def judgements(directories):
    findings, recs = {}, {}
    paths = []
    for directory in directories:
        paths += sorted(glob.glob(os.path.join(directory, 'judged-findings-*.tsv'))
                        + glob.glob(os.path.join(directory, 'judged-OTP*.tsv')))
    for path in paths:
        for line in open(path, encoding='utf-8'):
            p = line.rstrip('\n').split('\t')
            if len(p) >= 4:
                loc = re.sub(r':\d+$', '', p[2]) if p[2].count(':') > 1 else p[2]
                findings[(p[0], p[1], loc)] = (p[3].strip().lower(), p[4] if len(p) > 4 else '')
    for path in (os.path.join(d, 'judged-recommendations.tsv') for d in directories):
        if not os.path.exists(path):
            continue
        for line in open(path, encoding='utf-8'):
            p = line.rstrip('\n').split('\t')
            if len(p) >= 3:
                recs[(p[0], p[1])] = (p[2].strip().lower(), p[3] if len(p) > 3 else '')
    return findings, recs


def main():
    out_dir = sys.argv[1]
    judged_dirs = sys.argv[2:] or sorted(glob.glob(os.path.join(os.path.dirname(__file__), '..', 'docs',
                                                                'evaluation', 'issue-*')))
    findings, recs = judgements(judged_dirs)
    per_rule, wrong, unjudged, apps_of_rule = {}, [], [], {}
    for txt in sorted(glob.glob(os.path.join(out_dir, '*.txt'))):
        app = os.path.basename(txt)[:-4]
        for line in open(txt, encoding='utf-8'):
            m = FINDING.match(line)
            if not m:
                continue
            key = (app, m.group(3), m.group(1) + ':' + m.group(2))
            counts = per_rule.setdefault(m.group(3), [0, 0])
            apps_of_rule.setdefault(m.group(3), set()).add(app)
            if key not in findings:
                unjudged.append(app + ' ' + line.strip()[:150])
            elif findings[key][0].startswith('right'):
                counts[0] += 1
            else:
                counts[1] += 1
                wrong.append(' '.join(key) + ': ' + findings[key][1][:160])
    right = sum(c[0] for c in per_rule.values())
    bad = sum(c[1] for c in per_rule.values())
    print(f'findings: {right} right, {bad} wrong, {len(unjudged)} unjudged')
    for rule in sorted(per_rule):
        r, w = per_rule[rule]
        share = f' ({100 * r / (r + w):.1f}% right)' if r + w else ''
        print(f'  {rule}: {r} right, {w} wrong{share}, in {len(apps_of_rule[rule])} projects')
    for w in wrong:
        print('  wrong:', w)
    for u in unjudged:
        print('  unjudged:', u)
    r = w = 0
    for path in sorted(glob.glob(os.path.join(out_dir, '*.json'))):
        app = os.path.basename(path)[:-5]
        try:
            modules = json.load(open(path, encoding='utf-8')).get('modules', [])
        except ValueError:
            continue
        for mod in modules:
            if mod.get('verdict') == 'fits':
                continue
            v = recs.get((app, mod['name']))
            if v is None:
                print('  unjudged recommendation:', app, mod['name'], mod.get('recommendation'), mod.get('placement'))
            elif v[0].startswith('right'):
                r += 1
            else:
                w += 1
                print('  wrong recommendation:', app, mod['name'], v[1][:160])
    print(f'changed recommendations: {r} right, {w} wrong')


if __name__ == '__main__':
    main()
