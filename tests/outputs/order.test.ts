import { describe, expect, it } from 'vitest';
import { sortEntries } from '../../src/outputs/order.js';

const entries = [
  { id: 'nvidia', ja: 'エヌビディア', reading: 'エヌビディア' },
  { id: 'tsmc', ja: 'TSMC' },
  { id: 'baidu', ja: '百度', reading: 'バイドゥ' },
  { id: 'ear', ja: '輸出管理規則', reading: 'ユシュツカンリキソク' },
  { id: 'amd', ja: 'AMD' },
  { id: 'advantest', ja: 'アドバンテスト', reading: 'アドバンテスト' },
];

describe('the order of entries', () => {
  it('by mentions keeps the glossary’s own order', () => {
    expect(sortEntries(entries, 'mentions')).toBe(entries);
  });
  it('by reading is gojūon order of the readings, then names without one', () => {
    expect(sortEntries(entries, 'reading').map((e) => e.id)).toEqual(['advantest', 'nvidia', 'baidu', 'ear', 'amd', 'tsmc']);
  });
});
