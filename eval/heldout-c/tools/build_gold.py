#!/usr/bin/env python3
"""Builds corpus/ and gold.json from annotated/ (inline markup: ⟦surface|id[+id...]⟧)."""
import json, re, os, collections
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ANN = os.path.join(HERE, 'annotated'); OUT = os.path.join(HERE, 'corpus')
MARK = re.compile(r'⟦([^⟦⟧|]+)\|([a-z0-9+-]+)⟧')
entities = json.load(open(os.path.join(HERE, 'tools', 'entities.json'), encoding='utf-8'))
ids = {e['id'] for e in entities}
os.makedirs(OUT, exist_ok=True)
mentions = {}
for fn in sorted(os.listdir(ANN)):
    doc, _ = os.path.splitext(fn)
    src = open(os.path.join(ANN, fn), encoding='utf-8').read()
    cnt = collections.Counter()
    for m in MARK.finditer(src):
        for i in m.group(2).split('+'):
            assert i in ids, (fn, i)
            cnt[i] += 1
    text = MARK.sub(lambda m: m.group(1), src)
    assert '⟦' not in text and '⟧' not in text, fn
    with open(os.path.join(OUT, fn), 'w', encoding='utf-8', newline='') as f:
        f.write(text)
    mentions[doc] = dict(sorted(cnt.items()))
used = {i for c in mentions.values() for i in c}
assert used == ids, ('unused', ids - used)
types = ["company", "chip", "agency", "regulation", "country", "model"]
gold = {"types": types, "entities": entities, "mentions": mentions}
with open(os.path.join(HERE, 'gold.json'), 'w', encoding='utf-8') as f:
    json.dump(gold, f, ensure_ascii=False, indent=1); f.write('\n')
bytype = collections.Counter(); etype = {e['id']: e['type'] for e in entities}
for d, c in mentions.items():
    print(d, sum(c.values()), len(c))
    for k, v in c.items(): bytype[etype[k]] += v
print('entities per type', dict(collections.Counter(etype.values())))
print('mentions per type', dict(bytype), 'total', sum(bytype.values()))
