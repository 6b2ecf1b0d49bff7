// A Latin name right after a company's name (NVIDIA Blackwell, Microsoft Azure) is its product,
// not another company: of the type most of that company's products in the dictionary have, else a
// chip for a product number (NVIDIA H20), else another kind of name (a service: Azure). This
// overrules a list's mates (Microsoft Azure、Amazon Web Services), not a suffix or a bracket pair.
// After the company's name, の and a quote (NVIDIAの「A100」) it is a product only where the
// company's products are mostly of one type; without the quote, a subsidiary or a platform is
// written so (ソフトバンクのArm, NVIDIAのCUDA).
import { isSuffixGuess } from '../provenance.js';
import type { TypeRule } from '../rule.js';
import { OPENING_QUOTES } from '../tokenShape.js';
import type { AroundName } from './input.js';

/** What stands between a company's name and its product named in quotes. */
const OF_MAKER = new RegExp(`の[${OPENING_QUOTES}]$`);

export const afterMaker: TypeRule<AroundName> = {
  id: 'after-maker',
  signal: 'after-maker',
  examples: {
    ok: [
      { text: 'NVIDIA Z900が出た。', name: 'Z900', type: 'chip' },
      { text: 'ファーウェイやMeta Zenith、Amazon Web Servicesが伸びた。', name: 'Zenith', type: 'other' },
      { text: 'NVIDIAの「Zenith」が出た。', name: 'Zenith', type: 'chip' },
    ],
    notOk: [
      { text: 'NVIDIAとZ900が出た。', name: 'Z900' },
      { text: 'NVIDIA Zenith Systemsが出た。', name: 'Zenith Systems' },
      { text: 'MetaのZenithが出た。', name: 'Zenith' },
      { text: 'NVIDIAのZenithが出た。', name: 'Zenith' },
    ],
  },
  guess: ({ occurrence: o, text, mentions, productTypeOf }) => {
    const latin = o.signals.has('product-number') || o.signals.has('capitalized') || o.signals.has('acronym');
    if (!latin || !o.guess || isSuffixGuess(o.guess) || o.signals.has('pair')) return undefined;
    const maker = text[o.start - 1] === ' ' ? mentions.companyEndingAt.get(o.start - 1) : undefined;
    if (maker) return { type: productTypeOf(maker.entity.id) ?? (o.signals.has('product-number') ? 'chip' : 'other'), because: { rule: 'after-maker' } };
    const owner = OF_MAKER.exec(text.slice(Math.max(0, o.start - 2), o.start));
    const ownerMaker = owner && mentions.companyEndingAt.get(o.start - owner[0].length);
    const type = ownerMaker && productTypeOf(ownerMaker.entity.id);
    return type ? { type, because: { rule: 'after-maker' } } : undefined;
  },
};
