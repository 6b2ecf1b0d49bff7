// report.html: one self-contained page (inline CSS, script and data; no network, no server) to
// look at a glossary: a bar chart of the most mentioned entities with a type filter, a sortable
// and searchable table of all entries, a documents × entities heat map, and each entry's
// examples and surface forms on a click. Text from the articles only ever reaches the page as
// DOM text (textContent), so an article holding `<script>` shows it as text.
import type { Glossary } from '../glossary.js';
import { englishFromText } from '../candidates.js';

/** JSON inside <script>: `<` escaped, so no `</script>` or `<!--` in the data can end the element. */
const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');

const STYLE = `
:root { --company:#4e79a7; --chip:#f28e2b; --agency:#59a14f; --regulation:#e15759; --country:#76b7b2; --model:#b07aa1; }
* { box-sizing: border-box; }
body { font: 14px/1.5 system-ui, "Hiragino Sans", "Noto Sans CJK JP", sans-serif; margin: 0; color: #222; background: #fafafa; }
header { padding: 16px 24px; background: #fff; border-bottom: 1px solid #ddd; }
h1 { font-size: 20px; margin: 0 0 4px; } h2 { font-size: 16px; margin: 0 0 8px; }
main { display: grid; grid-template-columns: minmax(0, 3fr) minmax(280px, 2fr); gap: 16px; padding: 16px 24px; }
section { background: #fff; border: 1px solid #ddd; border-radius: 6px; padding: 12px 16px; }
.wide { grid-column: 1 / -1; }
.types label { margin-right: 12px; white-space: nowrap; }
.swatch { display: inline-block; width: 10px; height: 10px; border-radius: 2px; margin-right: 4px; }
.bar-row { display: grid; grid-template-columns: 220px 1fr 48px; align-items: center; gap: 8px; cursor: pointer; }
.bar-row:hover .bar-label { text-decoration: underline; }
.bar-label { overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.bar { height: 14px; border-radius: 2px; }
input[type=search] { width: 100%; padding: 6px 8px; font-size: 14px; margin-bottom: 8px; }
.table-wrap { max-height: 520px; overflow: auto; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; padding: 4px 6px; border-bottom: 1px solid #eee; vertical-align: top; }
th { position: sticky; top: 0; background: #f3f3f3; cursor: pointer; user-select: none; white-space: nowrap; }
th[aria-sort=ascending]::after { content: " ▲"; } th[aria-sort=descending]::after { content: " ▼"; }
tbody tr { cursor: pointer; } tbody tr:hover { background: #f5f9ff; } tr.selected { background: #e8f0fe; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
.heat td { text-align: center; min-width: 28px; font-size: 12px; }
.heat th.doc { position: static; text-align: left; font-weight: normal; }
mark { background: #ffe58f; padding: 0 1px; }
#details ul { padding-left: 18px; margin: 4px 0; } #details li { margin-bottom: 6px; }
.muted { color: #777; }
`;

/** The page's script: renders from the embedded data with DOM text only. */
const SCRIPT = `
const data = JSON.parse(document.getElementById('glossary-data').textContent);
const entries = data.entries;
const $ = (id) => document.getElementById(id);
const el = (tag, props = {}, children = []) => {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) if (k === 'text') node.textContent = v; else if (k === 'style') node.style.cssText = v; else node.setAttribute(k, v);
  for (const c of children) node.append(c);
  return node;
};
// Search keys fold width, case, middle dots and spaces, as the tool's own names do.
const fold = (s) => String(s).normalize('NFKC').toLowerCase().replace(/[\\s・·･\\-]/g, '');
// The page shows the English name with its qualifier: "NVIDIA Hopper (architecture)".
for (const e of entries) if (e.qualifier) e.en += ' (' + e.qualifier + ')';
for (const e of entries) e.key = [e.ja, e.en, e.id, ...e.aliases].map(fold).join('\\u0000');
const types = [...new Set(entries.map((e) => e.type))].sort();
const shown = new Set(types);
let sortKey = 'mentions', sortDir = -1, query = '', selected = null;

function typeFilter() {
  const box = $('types');
  for (const t of types) {
    const input = el('input', { type: 'checkbox', value: t, 'data-type': t });
    input.checked = true;
    input.addEventListener('change', () => { input.checked ? shown.add(t) : shown.delete(t); render(); });
    box.append(el('label', {}, [input, el('span', { class: 'swatch', style: 'background: var(--' + t + ')' }), t]));
  }
}

function chart() {
  const top = entries.filter((e) => shown.has(e.type)).sort((a, b) => b.mentions - a.mentions).slice(0, 20);
  const max = Math.max(1, ...top.map((e) => e.mentions));
  $('chart').replaceChildren(...top.map((e) => {
    const row = el('div', { class: 'bar-row', 'data-id': e.id }, [
      el('span', { class: 'bar-label', text: e.ja + ' / ' + e.en, title: e.ja + ' / ' + e.en }),
      el('div', { class: 'bar', style: 'width:' + (100 * e.mentions / max) + '%; background: var(--' + e.type + ')' }),
      el('span', { class: 'num', text: String(e.mentions) }),
    ]);
    row.addEventListener('click', () => select(e));
    return row;
  }));
}

function table() {
  const q = fold(query);
  const rows = entries.filter((e) => shown.has(e.type) && (!q || e.key.includes(q)));
  rows.sort((a, b) => {
    const x = a[sortKey], y = b[sortKey];
    const order = typeof x === 'number' ? x - y : String(x).localeCompare(String(y), 'ja');
    return sortDir * order || a.id.localeCompare(b.id);
  });
  $('rows').replaceChildren(...rows.map((e) => {
    const tr = el('tr', { 'data-id': e.id }, [
      // A discovered entry says so beside its type: it is the text's, not the dictionary's.
      el('td', { text: e.source === 'discovered' ? e.type + ' (discovered)' : e.type, title: e.source === 'discovered' ? 'not in the dictionary: ' + (e.evidence ? e.evidence.typeReason : '') : '' }),
      el('td', { text: e.ja }), el('td', { text: e.en }),
      el('td', { text: e.aliases.join(' | ') }),
      el('td', { class: 'num', text: String(e.mentions) }), el('td', { class: 'num', text: String(e.documents) }),
    ]);
    if (selected === e) tr.className = 'selected';
    tr.addEventListener('click', () => select(e));
    return tr;
  }));
  $('count').textContent = rows.length + ' of ' + entries.length + ' entries';
}

function heatmap() {
  const top = entries.filter((e) => shown.has(e.type)).sort((a, b) => b.mentions - a.mentions).slice(0, 15);
  // byDocument is a plain object from JSON: only its own keys count (a document named
  // "constructor" or "toString" is not Object's), and no spread over a list as long as the corpus.
  const countIn = (e, id) => (Object.hasOwn(e.byDocument, id) ? e.byDocument[id] : 0);
  let max = 1;
  for (const e of top) for (const n of Object.values(e.byDocument)) if (n > max) max = n;
  const head = el('tr', {}, [el('th', { text: 'document' }), ...top.map((e) => el('th', { text: e.ja, title: e.en }))]);
  const body = data.documents.map((d) => el('tr', {}, [
    el('th', { class: 'doc', text: d.id }),
    ...top.map((e) => {
      const n = countIn(e, d.id);
      return el('td', { text: n ? String(n) : '', title: e.ja + ' × ' + d.id + ': ' + n, style: n ? 'background: rgba(225, 87, 89,' + (0.15 + 0.85 * n / max) + ')' : '' });
    }),
  ]));
  $('heat').replaceChildren(el('thead', {}, [head]), el('tbody', {}, body));
}

/** An example's text with its 【mention】 shown as a <mark>, built from text nodes only. */
function marked(text) {
  const span = el('span');
  const m = /【(.*?)】/.exec(text);
  if (!m) { span.textContent = text; return span; }
  span.append(text.slice(0, m.index), el('mark', { text: m[1] }), text.slice(m.index + m[0].length));
  return span;
}

function select(e) {
  selected = e;
  const box = $('details');
  box.replaceChildren(
    el('h2', { text: e.ja + ' / ' + e.en }),
    el('p', { class: 'muted', text: e.type + ' · ' + e.mentions + ' mentions in ' + e.documents + ' documents' + (e.note ? ' · ' + e.note : '') }),
    el('h3', { text: 'Examples' }),
    el('ul', { class: 'examples' }, e.examples.map((x) => el('li', {}, [el('span', { class: 'muted', text: x.document + ':' + x.line + '  ' }), marked(x.text)]))),
    el('h3', { text: 'Written as' }),
    el('ul', { class: 'surfaces' }, Object.entries(e.surfaces).map(([form, n]) => el('li', { text: form + ' ×' + n }))),
  );
  for (const tr of $('rows').children) tr.className = tr.dataset.id === e.id ? 'selected' : '';
}

function candidates() {
  if (!data.candidates || !data.candidates.length) return;
  const section = $('candidates-section');
  section.hidden = false;
  $('candidates').replaceChildren(...data.candidates.map((c) => el('tr', {}, [
    el('td', { text: c.surface }), el('td', { text: c.en || '' }), el('td', { text: c.type || '' }), el('td', { class: 'muted', text: c.typeReason || '' }), el('td', { class: 'num', text: String(c.score) }), el('td', { text: c.inGlossary || '' }),
  ])));
}

function render() { chart(); table(); heatmap(); }

typeFilter();
for (const th of document.querySelectorAll('#entries th[data-key]')) {
  th.addEventListener('click', () => {
    const key = th.dataset.key;
    sortDir = sortKey === key ? -sortDir : (key === 'mentions' || key === 'documents' ? -1 : 1);
    sortKey = key;
    for (const other of document.querySelectorAll('#entries th')) other.removeAttribute('aria-sort');
    th.setAttribute('aria-sort', sortDir > 0 ? 'ascending' : 'descending');
    table();
  });
}
let pending;
$('search').addEventListener('input', (event) => {
  query = event.target.value;
  clearTimeout(pending);
  pending = setTimeout(table, 60);
});
render();
candidates();
document.body.dataset.ready = 'true';
`;

export interface ReportCandidate {
  surface: string;
  type?: string;
  typeReason?: string;
  score: number;
  partner?: string | null;
  surfaces?: Record<string, number>;
  inGlossary?: string | null;
}

/** Candidates the report lists; the rest are in candidates.csv. */
export const REPORT_CANDIDATES = 200;

export function reportHtml(glossary: Glossary, candidates: ReportCandidate[] = []): string {
  const documents = glossary.documents.length;
  const mentions = glossary.entries.reduce((n, e) => n + e.mentions, 0);
  return `<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>glossary report</title>
<style>${STYLE}</style>
</head>
<body>
<header>
  <h1>Glossary report</h1>
  <div class="muted">${documents} documents · ${glossary.entries.length} entities · ${mentions} mentions</div>
</header>
<main>
  <section>
    <h2>Most mentioned</h2>
    <div id="types" class="types"></div>
    <div id="chart"></div>
  </section>
  <section id="details"><p class="muted">Click an entity to see where it is mentioned.</p></section>
  <section class="wide">
    <h2>Entries <span id="count" class="muted"></span></h2>
    <input id="search" type="search" placeholder="Search Japanese, English or aliases, in any width">
    <div class="table-wrap">
      <table id="entries">
        <thead><tr><th data-key="type">type</th><th data-key="ja">Japanese</th><th data-key="en">English</th><th data-key="aliases">aliases</th><th data-key="mentions" aria-sort="descending">mentions</th><th data-key="documents">documents</th></tr></thead>
        <tbody id="rows"></tbody>
      </table>
    </div>
  </section>
  <section class="wide">
    <h2>Documents × most mentioned entities</h2>
    <div class="table-wrap"><table id="heat" class="heat"></table></div>
  </section>
  <section class="wide" id="candidates-section" hidden>
    <h2>Candidates the dictionary does not know yet</h2>
    <table><thead><tr><th>candidate</th><th>English in the text</th><th>guessed type</th><th>why</th><th>score</th><th>in the glossary as</th></tr></thead><tbody id="candidates"></tbody></table>
  </section>
</main>
<script id="glossary-data" type="application/json">${scriptJson({ ...glossary, candidates: candidates.slice(0, REPORT_CANDIDATES).map((c) => ({ surface: c.surface, en: englishFromText({ partner: c.partner ?? null, surfaces: c.surfaces ?? {} }), type: c.type, typeReason: c.typeReason, score: c.score, inGlossary: c.inGlossary ?? null })) })}</script>
<script>${SCRIPT}</script>
</body>
</html>
`;
}
