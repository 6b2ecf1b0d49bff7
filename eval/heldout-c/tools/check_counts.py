#!/usr/bin/env python3
"""Second, independent pass: counts entity names in corpus/ by leftmost-longest dictionary matching
(per-character NFKC, ASCII-boundary rule as in ANNOTATION.md) and compares with gold.json (built from
the inline markup). Every DIFF must be resolved by reading the text."""
import json, os, re, sys, unicodedata, collections
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
gold = json.load(open(os.path.join(HERE, 'gold.json'), encoding='utf-8'))
def nf(s): return ''.join(unicodedata.normalize('NFKC', c) for c in s)
S = collections.defaultdict(set)
for e in gold['entities']:
    for n in [e['ja'], *e['aliases'], e['en']]:
        if n and len(n) > 1 and '(' not in n:
            S[nf(n)].add(e['id'])
# fused / compound forms an annotator folds (none of these are separate names)
extra = {'米中': 'usa china', '日米': 'japan usa', '対中': 'china', '対米': 'usa'}
for k, v in extra.items(): S[nf(k)] = set(v.split())
# strings that are not entities (consume the span): job titles, regions, languages, Korean script
for k in ['衆議院議長', '衆議院議員', '参議院議長', '参議院議員', '内閣総理大臣', '欧州', '英語', 'GX',
          '과기정통부', '유럽연합']:
    S[nf(k)] = set()
names = sorted(S, key=len, reverse=True)
isasc = lambda c: c.isascii() and c.isalnum()
report = []
def count(doc, raw):
    t = nf(raw); cnt = collections.Counter(); i = 0
    while i < len(t):
        for n in names:
            if t.startswith(n, i):
                if n.isascii() and ((i > 0 and isasc(t[i-1]) and isasc(n[0])) or
                                    (i + len(n) < len(t) and isasc(t[i+len(n)]) and isasc(n[-1]))):
                    continue
                for x in S[n]: cnt[x] += 1
                report.append(f'{doc}: {n} -> {",".join(sorted(S[n])) or "-"}')
                i += len(n); break
        else:
            if t[i] == '米':
                cnt['usa'] += 1; report.append(f'{doc}: single 米: …{t[max(0,i-6):i+8]}…')
            i += 1
    return cnt
bad = 0
for fn in sorted(os.listdir(os.path.join(HERE, 'corpus'))):
    doc = os.path.splitext(fn)[0]
    c = count(doc, open(os.path.join(HERE, 'corpus', fn), encoding='utf-8', newline='').read())
    g = gold['mentions'][doc]
    for k in sorted(set(c) | set(g)):
        if c.get(k, 0) != g.get(k, 0):
            bad += 1; print(f'DIFF {doc} {k}: auto={c.get(k,0)} gold={g.get(k,0)}')
if '-v' in sys.argv: print('\n'.join(report))
print('diffs:', bad)
