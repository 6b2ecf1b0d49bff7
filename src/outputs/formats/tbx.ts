// TBX, the terminology exchange format CAT tools load, in the TBX-Basic dialect and either
// version: v3 (ISO 30042:2019, `tbx`/`conceptEntry`/`langSec`/`termSec`) or v2 (ISO 30042:2008,
// `martif`/`termEntry`/`langSet`/`tig`, which OmegaT, translate-toolkit and most CAT tools read).
// One concept per entity, a language section per language its names are written in (`ja`,
// `en`, `zh` for Chinese forms such as 华为), the curator's note as definition, and the examples
// as context sentences with their source. Built with xmlbuilder2, so the XML is always well-formed.
import { create } from 'xmlbuilder2';
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces.js';
import type { GlossaryEntry } from '../glossary.js';
import { termsByLanguage } from './termLanguage.js';

export const TBX_VERSIONS = ['3', '2'] as const;
export type TbxVersion = (typeof TBX_VERSIONS)[number];

/** The element names of each version; the data categories are the same. */
const ELEMENTS = {
  '3': { concept: 'conceptEntry', language: 'langSec', term: 'termSec', header: 'tbxHeader' },
  '2': { concept: 'termEntry', language: 'langSet', term: 'tig', header: 'martifHeader' },
} as const;

/** What every concept is about, as TBX's subject field (the entity type is a note, not a subject). */
export const SUBJECT_FIELD = 'AI chips and export controls';

/** XML 1.0 forbids most control characters even when escaped. */
const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
const xmlText = (text: string) => text.replace(XML_INVALID, '');

/** Short capitalised Latin forms: BIS, EAR, HBM, U.S. (not product numbers such as H100). */
const ACRONYM = /^[A-Z](?:[A-Z&]|\.(?=[A-Z]|$)){1,7}\.?$/;
const MINOR_WORDS = new Set(['of', 'and', 'for', 'the', 'on', 'in', '&']);

/**
 * TBX-Basic termType, only where the form says it: `acronym` for BIS, `fullForm` for a name whose
 * initials spell an acronym of the same entry (Bureau of Industry and Security); else none.
 */
export function termType(term: string, acronyms: string[]): 'fullForm' | 'acronym' | undefined {
  if (ACRONYM.test(term)) return 'acronym';
  const initials = term.split(/[\s-]+/).filter((w) => w && !MINOR_WORDS.has(w.toLowerCase())).map((w) => w[0]).join('').toUpperCase();
  return initials.length > 1 && acronyms.some((a) => a.replace(/[.&]/g, '') === initials) ? 'fullForm' : undefined;
}

/** An XML id (an NCName: no leading digit, no `:` or spaces), unique in the file. */
function xmlIds(): (id: string) => string {
  const used = new Set<string>();
  return (id) => {
    const base = (/^[A-Za-z_]/.test(id) ? id : `_${id}`).replace(/[^\w.-]/g, '_');
    let unique = base;
    for (let n = 2; used.has(unique); n++) unique = `${base}-${n}`;
    used.add(unique);
    return unique;
  };
}

/** Each example as a context sentence for the term it shows (by default the Japanese name). */
function contextsByTerm(entry: GlossaryEntry): Map<string, Array<{ text: string; source: string }>> {
  const contexts = new Map<string, Array<{ text: string; source: string }>>();
  for (const ex of entry.examples) {
    const shown = /【(.*?)】/.exec(ex.text)?.[1];
    const term = shown !== undefined && [entry.ja, entry.en, ...entry.aliases].includes(shown) ? shown : entry.ja;
    const list = contexts.get(term) ?? [];
    list.push({ text: ex.text.replace(/[【】]/g, ''), source: `${ex.document}, line ${ex.line}` });
    contexts.set(term, list);
  }
  return contexts;
}

export function tbx(entries: GlossaryEntry[], version: TbxVersion = '3'): string {
  const names = ELEMENTS[version];
  const start = create({ version: '1.0', encoding: 'UTF-8' });
  const root =
    version === '3'
      ? start.ele('urn:iso:std:iso:30042:ed-2', 'tbx', { type: 'TBX-Basic', style: 'dca', 'xml:lang': 'en' })
      : start.ele('martif', { type: 'TBX-Basic', 'xml:lang': 'en' });
  const header = root.ele(names.header);
  header.ele('fileDesc').ele('sourceDesc').ele('p').txt('glossary: entities of Japanese writing on AI chips and export controls');
  // v2 names its dialect's constraint file (XCS) in the header.
  if (version === '2') header.ele('encodingDesc').ele('p', { type: 'XCSURI' }).txt('TBXBasicXCSV02.xcs');
  const body = root.ele('text').ele('body');
  const xmlId = xmlIds();
  for (const entry of entries) {
    const concept = body.ele(names.concept, { id: xmlId(entry.id) });
    concept.ele('descrip', { type: 'subjectField' }).txt(SUBJECT_FIELD);
    concept.ele('note').txt(`entity type: ${entry.type}${entry.qualifier ? `; ${entry.qualifier}` : ''}`);
    const contexts = contextsByTerm(entry);
    for (const [lang, terms] of termsByLanguage(entry)) {
      const section = concept.ele(names.language, { 'xml:lang': lang });
      if (lang === 'en' && entry.note) section.ele('descrip', { type: 'definition' }).txt(xmlText(entry.note));
      const acronyms = terms.filter((t) => termType(t, []) === 'acronym');
      const canonical = lang === 'ja' ? entry.ja : lang === 'en' ? entry.en : undefined;
      for (const term of terms) addTerm(section.ele(names.term), term, term === canonical, termType(term, acronyms), contexts.get(term) ?? []);
    }
  }
  return root.end({ prettyPrint: true }) + '\n';
}

function addTerm(
  termSection: XMLBuilder,
  term: string,
  preferred: boolean,
  type: string | undefined,
  contexts: Array<{ text: string; source: string }>,
): void {
  termSection.ele('term').txt(xmlText(term));
  termSection.ele('termNote', { type: 'partOfSpeech' }).txt('noun');
  if (type) termSection.ele('termNote', { type: 'termType' }).txt(type);
  termSection.ele('termNote', { type: 'administrativeStatus' }).txt(preferred ? 'preferredTerm-admn-sts' : 'admittedTerm-admn-sts');
  for (const { text, source } of contexts) {
    const group = termSection.ele('descripGrp');
    group.ele('descrip', { type: 'context' }).txt(xmlText(text));
    group.ele('admin', { type: 'source' }).txt(source);
  }
}
