// Countries' one-kanji short forms (米, 中, 日): fused, after a prefix, or before a company,
// product or institution.
import type { EntityType } from '../../core/entity.js';
import { isHan } from '../../core/script.js';
import { tokenIndexAt, type Token } from '../tokenize/tokenize.js';
import type { Analyzed, Found, Known } from './found.js';
import type { MatchRule } from './rule.js';

/** Kanji that, before a country's short form, make it a country mention: 対中, 訪米, 来日. */
const SHORT_FORM_PREFIXES = new Set([...'対訪来在駐反親離脱']);
/** A country's currency after its short form: 米ドル (one word to kuromoji), 英ポンド. */
const CURRENCY_WORDS = 'ドル|ポンド';
const CURRENCY = new RegExp(`^(?:${CURRENCY_WORDS})`);
/** Nouns before which a country's short form names the country: 英政府, 蘭当局, 独首相, and its currency. */
const COUNTRY_NOUNS = new RegExp(`^(?:政府|当局|議会|首相|大統領|政権|企業|軍|紙|外相|${CURRENCY_WORDS})`);
/** Types a country short form may stand before: `米エヌビディア`, `中ファーウェイ`. */
const PRODUCT_OR_MAKER: ReadonlySet<EntityType> = new Set(['company', 'chip', 'model']);

/** A country's short form, and whether it names the country alone where kuromoji reads a proper noun (`米は`). */
export interface ShortForm {
  known: Known;
  alone: boolean;
}

/**
 * Fused (`米中` = US + China), after 対/訪/来… (`対中`), and alone before a company or product
 * (`米エヌビディア`), before an institution (`英政府`), or where kuromoji reads it as a proper noun
 * before a noun, and for `shortAlone` forms wherever it reads it as a proper noun (`米は`, but not
 * the rice of `米を炊く`). Never after another kanji (`欧米`, `北米`) or a digit (`13日米国`).
 */
export class CountryShortForms implements MatchRule {
  readonly id = 'short-forms';
  readonly examples = {
    ok: [
      { text: '米中対立', finds: 'china:中' },
      { text: '対中輸出', finds: 'china:中' },
      { text: '米エヌビディアの株価', finds: 'united-states:米' },
      { text: '、日政府は', finds: 'japan:日' },
      { text: '米中間の対立', finds: 'china:中' },
      { text: '996億米ドルの収益', finds: 'united-states:米' },
      { text: '100米ドル', finds: 'united-states:米' },
    ],
    notOk: [
      { text: '欧米と北米', finds: 'united-states:米' },
      { text: '13日米国が', finds: 'japan:日' },
      { text: '米を炊いた。', finds: 'united-states:米' },
      { text: '米中央銀行', finds: 'china:中' },
    ],
  };
  /** Finds the characters that are some country's short form. */
  private readonly shortFormChars: RegExp;

  constructor(private readonly shortForms: ReadonlyMap<string, ShortForm>) {
    this.shortFormChars = shortForms.size ? new RegExp(`[${[...shortForms.keys()].join('')}]`, 'gu') : /(?!)/g;
  }

  find({ text, boundaries, tokens }: Analyzed, earlier: readonly Found[]): Found[] {
    const found: Found[] = [];
    let productStarts: Set<number> | undefined;
    for (const { index: start } of text.matchAll(this.shortFormChars)) {
      if (this.shortForms.has(text[start - 1])) continue;
      let end = start;
      while (end < text.length && this.shortForms.has(text[end])) end++;
      // The run must end where a word ends: 米中央銀行 is 米 + 中央銀行, not 米 + 中. A following
      // 間 ("between") ends it too, though kuromoji reads 米中間 as 米 + 中間, and a country noun
      // (米ドル, one word to kuromoji).
      while (end > start && !boundaries[end] && text[end] !== '間' && !COUNTRY_NOUNS.test(text.slice(end, end + 3))) end--;
      const before = text[start - 1];
      const prefixed = SHORT_FORM_PREFIXES.has(before);
      // An amount's number may stand before a currency: 996億米ドル, 100米ドル.
      const amount = CURRENCY.test(text.slice(end, end + 3)) && /[0-9億万千百]/.test(before ?? '');
      if (((isHan(before) && !prefixed) || /[0-9お]/.test(before ?? '') || end === start) && !amount) continue;
      productStarts ??= new Set(earlier.filter((m) => PRODUCT_OR_MAKER.has(m.known.entity.type)).map((m) => m.start));
      if (end - start === 1 && !prefixed && !this.standsAlone(text, start, tokens, productStarts)) continue;
      for (let i = start; i < end; i++) found.push({ known: this.shortForms.get(text[i])!.known, start: i, end: i + 1, matched: text[i] });
    }
    return found;
  }

  private standsAlone(text: string, at: number, tokens: Token[], productStarts: Set<number>): boolean {
    if (productStarts.has(at + 1) || COUNTRY_NOUNS.test(text.slice(at + 1, at + 4))) return true;
    const i = tokenIndexAt(tokens, at);
    const properNoun = i >= 0 && tokens[i].end === at + 1 && tokens[i].posDetail === '固有名詞';
    if (!properNoun) return false;
    return this.shortForms.get(text[at])!.alone || tokens[i + 1]?.pos === '名詞';
  }
}
