// The report in a real browser: Debian's Chromium driven headless by playwright-core (never a
// browser a test tool downloads). In CI this must run; elsewhere it is skipped with what to install.
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../src/run/build.js';
import type { Glossary, GlossaryEntry } from '../../src/outputs/glossary.js';
import { reportHtml } from '../../src/outputs/formats/report.js';

const CHROMIUM = '/usr/bin/chromium';
const available = existsSync(CHROMIUM);
if (!available && process.env.CI) throw new Error(`the report test must run in CI, but ${CHROMIUM} is missing: apt-get install -y chromium`);
if (!available) console.warn('skipping the report test: install Chromium (apt-get install -y chromium)');

const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

describe.runIf(available)('report.html in Chromium', () => {
  let browser: Browser;
  let page: Page;
  let glossary: Glossary;
  const out = mkdtempSync(join(tmpdir(), 'glossary-report-'));
  const open = async (file: string) => {
    await page.goto(`file://${file}`);
    await page.waitForSelector('body[data-ready=true]');
  };

  beforeAll(async () => {
    ({ glossary } = await build({ inputs: ['data'], dictDir: 'dict', outDir: out }));
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
    // No request may leave the page: everything it needs is inline.
    page = await browser.newPage();
    await page.route(/^(?!file:)/, (route) => route.abort());
    await open(join(out, 'report.html'));
  });
  afterAll(async () => browser?.close());

  it('renders the chart and a table row for every entry', async () => {
    expect(await page.locator('#chart .bar-row').count()).toBe(Math.min(20, glossary.entries.length));
    expect(await page.locator('#rows tr').count()).toBe(glossary.entries.length);
    expect(await page.locator('#heat tbody tr').count()).toBe(glossary.documents.length);
  });

  it('filters the table to BIS when `bis` is typed, and back when cleared', async () => {
    await page.fill('#search', 'bis');
    await expect.poll(() => page.locator('#rows tr').count()).toBe(1);
    expect(await page.locator('#rows tr').first().getAttribute('data-id')).toBe('bis');
    await page.fill('#search', 'ＢＩＳ'); // any width
    await expect.poll(() => page.locator('#rows tr').first().getAttribute('data-id')).toBe('bis');
    await page.fill('#search', '');
    await expect.poll(() => page.locator('#rows tr').count()).toBe(glossary.entries.length);
  });

  it('sorts by mentions in both directions', async () => {
    const mentions = async () => (await page.locator('#rows tr td:nth-child(5)').allTextContents()).map(Number);
    await page.click('#entries th[data-key=mentions]'); // was descending: now ascending
    const ascending = await mentions();
    expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
    await page.click('#entries th[data-key=mentions]');
    const descending = await mentions();
    expect(descending).toEqual([...descending].sort((a, b) => b - a));
  });

  it('filters the chart and table by type', async () => {
    await page.uncheck('#types input[data-type=country]');
    expect(await page.locator('#rows tr td:first-child', { hasText: 'country' }).count()).toBe(0);
    await page.check('#types input[data-type=country]');
  });

  it('shows an entry’s examples with the mention marked, and its surface forms, on a click', async () => {
    await page.click('#rows tr[data-id=bis]');
    const bis = glossary.entries.find((e) => e.id === 'bis')!;
    expect(await page.locator('#details .examples li').count()).toBe(bis.examples.length);
    expect(await page.locator('#details .examples mark').first().textContent()).toBe(/【(.*?)】/.exec(bis.examples[0].text)![1]);
    expect(await page.locator('#details .surfaces li').count()).toBe(Object.keys(bis.surfaces).length);
    await page.screenshot({ path: join('out', 'report.png'), fullPage: true });
  });

  it('shows text from the articles as text: a <script> in an article does not run', async () => {
    const hostile: GlossaryEntry = {
      id: 'x', type: 'company', ja: '<script>window.hacked=1</script>', en: '<img src=x onerror="window.hacked=1">', aliases: ['</script><script>window.hacked=1</script>'],
      source: 'dictionary', mentions: 1, documents: 1, byDocument: { d: 1 }, surfaces: { '<b>x</b>': 1 }, examples: [{ document: 'd', line: 1, column: 1, text: '<script>window.hacked=1</script>【x】' }],
    };
    const file = join(out, 'hostile.html');
    writeFileSync(file, reportHtml({ documents: [{ id: 'd', path: 'd.txt', characters: 1, mentions: 1 }], entries: [hostile] }));
    await open(file);
    await page.click('#rows tr[data-id=x]');
    expect(await page.evaluate(() => (window as unknown as { hacked?: number }).hacked)).toBeUndefined();
    expect(await page.locator('#rows tr td:nth-child(2)').textContent()).toBe('<script>window.hacked=1</script>');
  });

  it('marks an entry that discovery added, with the evidence as its title', async () => {
    const found: GlossaryEntry = {
      id: 'oee', type: 'agency', ja: '輸出監察局', en: 'OEE', aliases: [], source: 'discovered', enSource: 'text',
      evidence: { signals: ['pair', 'suffix'], typeReason: 'ends in 局', score: 12 },
      mentions: 2, documents: 1, byDocument: { d: 2 }, surfaces: { 輸出監察局: 1, OEE: 1 }, examples: [],
    };
    const file = join(out, 'discovered.html');
    writeFileSync(file, reportHtml({ documents: [{ id: 'd', path: 'd.txt', characters: 1, mentions: 2 }], entries: [found] }));
    await open(file);
    const type = page.locator('#rows tr[data-id=oee] td:nth-child(1)');
    expect(await type.textContent()).toBe('agency (discovered)');
    expect(await type.getAttribute('title')).toBe('not in the dictionary: ends in 局');
  });

  it('shows documents named constructor, toString and __proto__ as documents in the heat map', async () => {
    const names = ['__proto__', 'constructor', 'toString', 'valueOf'];
    const entry: GlossaryEntry = {
      id: 'nvidia', type: 'company', ja: 'エヌビディア', en: 'NVIDIA', aliases: [], source: 'dictionary', mentions: 3, documents: 3,
      byDocument: JSON.parse('{"__proto__": 1, "constructor": 2}'), surfaces: { エヌビディア: 3 }, examples: [],
    };
    const file = join(out, 'prototype.html');
    writeFileSync(file, reportHtml({ documents: names.map((id) => ({ id, path: `${id}.txt`, characters: 1, mentions: 1 })), entries: [entry] }));
    await open(file);
    const cells = await page.locator('#heat tbody tr td').allTextContents();
    expect(cells).toEqual(['1', '2', '', '']);
  });

  it('stays responsive with 2,000 entries (figures printed, not asserted)', async () => {
    const many: GlossaryEntry[] = Array.from({ length: 2000 }, (_, i) => ({
      id: `e${i}`, type: (['company', 'chip', 'agency', 'regulation', 'country', 'model'] as const)[i % 6], ja: `エンティティ${i}`, en: `Entity ${i}`,
      aliases: [`E${i}`], source: 'dictionary', mentions: (i * 7919) % 500, documents: 1, byDocument: { d: 1 }, surfaces: { [`E${i}`]: 1 }, examples: [],
    }));
    const file = join(out, 'many.html');
    writeFileSync(file, reportHtml({ documents: [{ id: 'd', path: 'd.txt', characters: 1, mentions: 1 }], entries: many }));
    const started = Date.now();
    await open(file);
    const loaded = Date.now() - started;
    const searchStarted = Date.now();
    await page.fill('#search', 'エンティティ1999');
    await expect.poll(() => page.locator('#rows tr').count()).toBe(1);
    const searched = Date.now() - searchStarted;
    const sortStarted = Date.now();
    await page.fill('#search', '');
    await page.click('#entries th[data-key=en]');
    await expect.poll(() => page.locator('#rows tr').count()).toBe(2000);
    console.log(`report with 2,000 entries: loaded in ${loaded} ms, search answered in ${searched} ms, cleared and sorted in ${Date.now() - sortStarted} ms`);
  });
});
