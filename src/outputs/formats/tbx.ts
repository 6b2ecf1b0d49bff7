// TBX (ISO 30042:2019), TBX-Basic dialect: one concept entry per entity with `ja` and `en`
// language sections; acronyms and abbreviations marked as such. Built with xmlbuilder2, so the
// output is always well-formed XML.
import { create } from 'xmlbuilder2';
import type { GlossaryEntry } from '../glossary.js';
import { hasJapanese } from '../../core/script.js';

/** XML 1.0 forbids most control characters even when escaped. */
const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** TBX-Basic termType: `acronym` for short capitalised forms (BIS, EAR), `fullForm` for the canonical name. */
export function termType(term: string, canonical: string): 'fullForm' | 'acronym' | 'variant' {
  if (term === canonical) return 'fullForm';
  if (/^[A-Z][A-Z0-9&.-]{1,7}$/.test(term) && /[A-Z].*[A-Z]/.test(term)) return 'acronym';
  return 'variant';
}

export function tbx(entries: GlossaryEntry[]): string {
  const doc = create({ version: '1.0', encoding: 'UTF-8' })
    .ele('urn:iso:std:iso:30042:ed-2', 'tbx', { type: 'TBX-Basic', style: 'dca', 'xml:lang': 'en' });
  doc.ele('tbxHeader').ele('fileDesc').ele('sourceDesc').ele('p').txt('glossary: entities of Japanese writing on AI chips and export controls');
  const body = doc.ele('text').ele('body');
  for (const entry of entries) {
    const concept = body.ele('conceptEntry', { id: entry.id });
    concept.ele('descrip', { type: 'subjectField' }).txt(entry.type);
    if (entry.note) concept.ele('descrip', { type: 'definition' }).txt(entry.note.replace(XML_INVALID, ''));
    const names = [entry.ja, entry.en, ...entry.aliases].filter((n, i, all) => all.indexOf(n) === i);
    // The canonical names head their sections; a name that is both (TSMC, H100) stands in both.
    const ja = names.filter((n) => n === entry.ja || (n !== entry.en && hasJapanese(n)));
    const en = names.filter((n) => n === entry.en || !ja.includes(n));
    for (const [lang, terms, canonical] of [['ja', ja, entry.ja], ['en', en, entry.en]] as const) {
      const langSec = concept.ele('langSec', { 'xml:lang': lang });
      for (const term of terms) {
        const termSec = langSec.ele('termSec');
        termSec.ele('term').txt(term.replace(XML_INVALID, ''));
        termSec.ele('termNote', { type: 'partOfSpeech' }).txt('noun');
        termSec.ele('termNote', { type: 'termType' }).txt(termType(term, canonical));
        if (term === canonical) termSec.ele('termNote', { type: 'administrativeStatus' }).txt('preferredTerm-admn-sts');
      }
    }
  }
  return doc.end({ prettyPrint: true }) + '\n';
}
