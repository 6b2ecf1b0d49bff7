// A Latin name right after a company's name (NVIDIA Blackwell, Microsoft Azure) is its product,
// not another company: of the type most of that company's products in the dictionary have, else a
// chip for a product number (NVIDIA H20), else another kind of name (a service: Azure). This
// overrules a list's mates (Microsoft Azure、Amazon Web Services), not a suffix or a bracket pair.
import { isSuffixGuess } from '../provenance.js';
import type { TypeRule } from '../rule.js';
import type { AroundName } from './input.js';

export const afterMaker: TypeRule<AroundName> = {
  id: 'after-maker',
  signal: 'after-maker',
  examples: {
    ok: [
      { text: 'NVIDIA Z900が出た。', name: 'Z900', type: 'chip' },
      { text: 'ファーウェイやMeta Zenith、Amazon Web Servicesが伸びた。', name: 'Zenith', type: 'other' },
    ],
    notOk: [
      { text: 'NVIDIAとZ900が出た。', name: 'Z900' },
      { text: 'NVIDIA Zenith Systemsが出た。', name: 'Zenith Systems' },
    ],
  },
  guess: ({ occurrence: o, text, mentions, productTypeOf }) => {
    const maker = text[o.start - 1] === ' ' ? mentions.companyEndingAt.get(o.start - 1) : undefined;
    const latin = o.signals.has('product-number') || o.signals.has('capitalized') || o.signals.has('acronym');
    if (!maker || !latin || !o.guess || isSuffixGuess(o.guess) || o.signals.has('pair')) return undefined;
    return { type: productTypeOf(maker.entity.id) ?? (o.signals.has('product-number') ? 'chip' : 'other'), because: { rule: 'after-maker' } };
  },
};
