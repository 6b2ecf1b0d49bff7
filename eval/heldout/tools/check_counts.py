#!/usr/bin/env python3
"""Independent check: counts entity names in corpus/ by leftmost-longest dictionary matching
(NFKC per character, ASCII-boundary rule) and compares with gold.json built from markup."""
import json, os, re, sys, unicodedata, collections
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
gold = json.load(open(os.path.join(HERE, 'gold.json'), encoding='utf-8'))
def nf(s): return ''.join(unicodedata.normalize('NFKC', c) for c in s)
S = collections.defaultdict(set)
for e in gold['entities']:
    for n in [e['ja'], *e['aliases']] + ([e['en']] if '(' not in e['en'] else []):
        if n and len(n) > 1 and not re.fullmatch(r'[RV]\d|\d{3}[BCD]', n):
            S[nf(n)].add(e['id'])
# extra surface forms an annotator recognises (compounds, fused forms, folds)
extra = {
 '米中': 'usa china', '日米': 'japan usa', '日米蘭': 'japan usa netherlands', '対中': 'china', '対米': 'usa',
 '米商務省の産業安全保障局': 'bis', '商務省の産業安全保障局': 'bis', '経済産業省の安全保障貿易審査課': 'meti_licensing',
 '3A090.a': 'eccn_3a090', '4A090.a': 'eccn_4a090', 'Tier2': 'tier2', 'Tier1': 'tier1', 'Tier3': 'tier3',
 'Instinct MI308': 'mi308', 'SK hynix': 'skhynix',
}
for k, v in extra.items(): S[nf(k)] = set(v.split())
# strings that are not entities (consume the span)
for k in ['北米', '欧米', '南米', '中東', '日経平均', 'インド太平洋', '東南アジア', '欧州', 'アジア', 'ワシントン', '北京',
          'MITライセンス', 'EUV', 'DUV', 'タイミング', 'タイプ', 'データ']:
    S[nf(k)] = set()
names = sorted(S, key=len, reverse=True)
isasc = lambda c: c.isascii() and c.isalnum()
single = {'米': 'usa', '中': 'china', '台': 'taiwan', '韓': 'korea', '蘭': 'netherlands', '英': 'uk'}
report = []
def count(doc, raw):
    t = nf(raw)
    cnt = collections.Counter(); i = 0
    while i < len(t):
        for n in names:
            if t.startswith(n, i):
                if n.isascii() and ((i > 0 and isasc(t[i-1]) and isasc(n[0])) or (i+len(n) < len(t) and isasc(t[i+len(n)]) and isasc(n[-1]))):
                    continue
                for x in S[n]: cnt[x] += 1
                i += len(n); break
        else:
            c = t[i]
            if c in single:
                nxt = t[i+1] if i+1 < len(t) else ''
                ok = (c == '米') or bool(re.match(r'[\u30a0-\u30ffA-Za-z]', nxt)) or (c == '韓' and nxt == 'サ')
                if ok:
                    cnt[single[c]] += 1
                    report.append(f'{doc}: single {c} -> {single[c]}: …{t[max(0,i-8):i+10]}…')
            i += 1
    # elliptical model numbers: bare 910B/910C/910D, R1, V3 not preceded by 'Ascend ' / 'DeepSeek-'
    for m in re.finditer(r'(?<![A-Za-z0-9 -])(910[BCD]|R1|V3)(?![A-Za-z0-9])', t):
        idx = {'910B': 'ascend_910b', '910C': 'ascend_910c', '910D': 'ascend_910d', 'R1': 'deepseek_r1', 'V3': 'deepseek_v3'}[m.group(1)]
        cnt[idx] += 1
        report.append(f'{doc}: elliptical {m.group(1)}: …{t[max(0,m.start()-12):m.end()+6]}…')
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
