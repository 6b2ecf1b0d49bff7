#!/usr/bin/env python3
"""Independent cross-check of the annotation: searches every entity name (and the one-character
country abbreviations) in the plain corpus text and lists hits that no annotation of that entity
covers, and annotations whose surface contains none of the entity's names. Each hit printed must
be reviewed by hand: most are deliberate (e.g. 米 inside 米商務省, which is the department only)."""
import json, os, re, unicodedata, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import build_gold as bg

def nfkc(s):
    return ''.join(unicodedata.normalize('NFKC', c) if len(unicodedata.normalize('NFKC', c)) == 1 else c for c in s)

def is_ascii_alnum(c):
    return c.isascii() and c.isalnum()

SHORT = {'usa': ['米', '対米'], 'china': [], 'japan': [], 'korea': ['韓'], 'netherlands': ['蘭'],
         'uk': ['英'], 'germany': ['独'], 'australia': ['豪'], 'taiwan': ['台']}
FUSED = [(re.compile(r'[米日対]中|中[韓米日]'), 'china'), (re.compile(r'日[米中韓豪蘭]|[訪来]日'), 'japan')]

docs = bg.load()
ents = {e['id']: e for e in bg.E}
problems = 0
for fn, (plain, spans) in docs.items():
    text = nfkc(plain)
    assert len(text) == len(plain)
    cover = {}  # id -> list of (s,e)
    for s, e, surf, ids in spans:
        for i in ids:
            cover.setdefault(i, []).append((s, e))
    anyspan = [(s, e) for s, e, _, _ in spans]
    def covered(i, a, b, lst):
        return any(s <= a and b <= e for s, e in lst)
    for i, ent in ents.items():
        names = {n for n in [ent['ja'], ent['en'], *ent['aliases']] if n} | set(SHORT.get(i, []))
        for n in names:
            n2 = nfkc(n)
            for m in re.finditer(re.escape(n2), text, flags=re.I if n2.isascii() else 0):
                a, b = m.span()
                if n2.isascii() and ((a > 0 and is_ascii_alnum(text[a-1])) or (b < len(text) and is_ascii_alnum(text[b]))):
                    continue
                if covered(i, a, b, cover.get(i, [])):
                    continue
                inside = [sp for sp in spans if sp[0] <= a and b <= sp[1]]
                tag = f'inside [{inside[0][2]}->{"+".join(inside[0][3])}]' if inside else 'UNANNOTATED'
                print(f'{fn}\t{i}\t{n}\t{tag}\t…{plain[max(0,a-12):b+12]}…'.replace('\n', ' '))
                problems += tag == 'UNANNOTATED'
    for rx, i in FUSED:
        for m in rx.finditer(text):
            a, b = m.span()
            if not covered(i, a, b, cover.get(i, [])) and not (i == 'china' and m.group() == '米中' and covered('china', a, b, cover.get('china', []))):
                inside = [sp for sp in spans if sp[0] <= a and b <= sp[1]]
                tag = f'inside [{inside[0][2]}]' if inside else 'UNANNOTATED'
                print(f'{fn}\t{i}\t{m.group()}\t{tag}\t…{plain[max(0,a-12):b+12]}…'.replace('\n', ' '))
    # annotations whose surface does not contain a name of each of their entities
    for s, e, surf, ids in spans:
        for i in ids:
            if i == 'X':
                continue
            ent = ents[i]
            names = {nfkc(n).lower() for n in [ent['ja'], ent['en'], *ent['aliases'], *SHORT.get(i, [])] if n}
            names |= {'中'} if i == 'china' else set()
            names |= {'日'} if i == 'japan' else set()
            if not any(n in nfkc(surf).lower() for n in names):
                print(f'{fn}\tSURFACE\t{i}\t[{surf}] has none of the names')
print('unannotated hits:', problems)
