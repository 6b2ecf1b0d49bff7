#!/usr/bin/env python3
"""Shared tools of the blind held-out sets of real text (eval/heldout-c/, eval/heldout-d/).

A set keeps its passages in annotated/ with inline markup ⟦surface|id[+id...]⟧ and its entity table in
tools/entities.json. build() strips the markup into corpus/ and derives gold.json (the schema of
../shared/eval/dev_gold.json). recount() is the second, independent pass: it counts entity names in the
plain corpus/ text by leftmost-longest dictionary matching (per-character NFKC, the ASCII-boundary rule of
ANNOTATION.md) and prints every difference from gold.json; each one must be resolved by reading the text.
"""
import collections, json, os, re, unicodedata

MARK = re.compile(r'⟦([^⟦⟧|]+)\|([a-z0-9+-]+)⟧')
TYPES = ["company", "chip", "agency", "regulation", "country", "model"]


def build(set_dir):
    entities = json.load(open(os.path.join(set_dir, 'tools', 'entities.json'), encoding='utf-8'))
    ids = {e['id'] for e in entities}
    annotated, corpus = os.path.join(set_dir, 'annotated'), os.path.join(set_dir, 'corpus')
    os.makedirs(corpus, exist_ok=True)
    mentions = {}
    for fn in sorted(os.listdir(annotated)):
        doc, _ = os.path.splitext(fn)
        src = open(os.path.join(annotated, fn), encoding='utf-8').read()
        cnt = collections.Counter()
        for m in MARK.finditer(src):
            for i in m.group(2).split('+'):
                assert i in ids, (fn, i)
                cnt[i] += 1
        text = MARK.sub(lambda m: m.group(1), src)
        assert '⟦' not in text and '⟧' not in text, fn
        with open(os.path.join(corpus, fn), 'w', encoding='utf-8', newline='') as f:
            f.write(text)
        mentions[doc] = dict(sorted(cnt.items()))
    used = {i for c in mentions.values() for i in c}
    assert used == ids, ('unused', ids - used)
    gold = {"types": TYPES, "entities": entities, "mentions": mentions}
    with open(os.path.join(set_dir, 'gold.json'), 'w', encoding='utf-8') as f:
        json.dump(gold, f, ensure_ascii=False, indent=1); f.write('\n')
    bytype = collections.Counter(); etype = {e['id']: e['type'] for e in entities}
    for d, c in mentions.items():
        print(d, sum(c.values()), len(c))
        for k, v in c.items(): bytype[etype[k]] += v
    print('entities per type', dict(collections.Counter(etype.values())))
    print('mentions per type', dict(bytype), 'total', sum(bytype.values()))


def nfkc(s):
    return ''.join(unicodedata.normalize('NFKC', c) for c in s)


def is_ascii_word_char(c):
    return c.isascii() and c.isalnum()


def recount(set_dir, fused, non_entities, verbose=False):
    """fused: compound forms an annotator splits into several ids ('米中' → 'usa china');
    non_entities: strings that are no entity and consume their span (job titles, glued link texts)."""
    gold = json.load(open(os.path.join(set_dir, 'gold.json'), encoding='utf-8'))
    names = collections.defaultdict(set)
    for e in gold['entities']:
        # an English name with a bracket is a description, not a surface form
        for n in [e['ja'], *e['aliases']] + ([e['en']] if '(' not in e['en'] else []):
            if n and len(n) > 1:
                names[nfkc(n)].add(e['id'])
    for k, v in fused.items(): names[nfkc(k)] = set(v.split())
    for k in non_entities: names[nfkc(k)] = set()
    longest_first = sorted(names, key=len, reverse=True)
    report = []

    def count(doc, raw):
        t = nfkc(raw); cnt = collections.Counter(); i = 0
        while i < len(t):
            for n in longest_first:
                if t.startswith(n, i):
                    if n.isascii() and ((i > 0 and is_ascii_word_char(t[i-1]) and is_ascii_word_char(n[0])) or
                                        (i + len(n) < len(t) and is_ascii_word_char(t[i+len(n)]) and is_ascii_word_char(n[-1]))):
                        continue
                    for x in names[n]: cnt[x] += 1
                    report.append(f'{doc}: {n} -> {",".join(sorted(names[n])) or "-"}')
                    i += len(n); break
            else:
                if t[i] == '米':
                    cnt['usa'] += 1; report.append(f'{doc}: single 米: …{t[max(0,i-6):i+8]}…')
                i += 1
        return cnt

    differences = 0
    for fn in sorted(os.listdir(os.path.join(set_dir, 'corpus'))):
        doc = os.path.splitext(fn)[0]
        auto = count(doc, open(os.path.join(set_dir, 'corpus', fn), encoding='utf-8', newline='').read())
        annotated = gold['mentions'][doc]
        for k in sorted(set(auto) | set(annotated)):
            if auto.get(k, 0) != annotated.get(k, 0):
                differences += 1; print(f'DIFF {doc} {k}: auto={auto.get(k,0)} gold={annotated.get(k,0)}')
    if verbose: print('\n'.join(report))
    print('diffs:', differences)
    return differences
