// Discovered entries: the candidates whose evidence is strong enough to stand in the glossary
// beside the dictionary's entries, marked `"source": "discovered"`. A dictionary is always behind
// in this field; these are the names it does not know yet, typed and counted from the text, with
// their English where the text gives it (a bracket partner, or the Latin form written).
//
// Counts come from the candidate tallies, which merge in any order, so build, `--jobs` and
// `merge` promote the same entries. A candidate counts every occurrence except those inside a
// longer promoted candidate (one span, one entity).
import { entityIdFrom, isEntityType, type Entity, type EntityType } from '../core/entity.js';
import { countInto, pickExamples } from '../aggregate/examples.js';
import { nameKey } from '../core/normalize.js';
import { hasJapanese, isHanText, isKanjiAndKatakana } from '../core/script.js';
import { byKey } from '../core/sort.js';
import type { CandidateTally } from '../aggregate/candidateCounts.js';
import type { Signal } from '../pipeline/discover/discover.js';
import { isShortForm } from '../pipeline/discover/pairs.js';
import { isOpeningQuote } from '../core/quotes.js';
import { describeProvenance, isSuffixGuess, type Provenance } from '../pipeline/discover/provenance.js';
import { isVersionText } from '../pipeline/discover/typing/latinShape.js';
import { englishFromText, type Candidate, type RankedCandidate } from './candidates.js';
import type { AliasCounts, EnglishSource, GlossaryEntry } from './glossary.js';
import { isTranscription, katakanaSoundKey, latinSoundKey, MIN_SOUND_KEY } from '../core/soundKey.js';

/** One Latin word, and one with a capital after a small letter. */
const ONE_WORD = /^[A-Za-z][A-Za-z0-9-]*$/;
const CAMEL_CASE = /^[A-Za-z]*[a-z][A-Z][A-Za-z]*$/;

/**
 * Whether the text makes a candidate sure enough to enter the glossary. Shape alone (a katakana
 * loanword, a run of nouns, a capitalised word) is not enough: loanwords and phrases are as common
 * as new names. It takes evidence of a name: a bracket partner, a type suffix, a list of entities,
 * a country before it, a word for its kind after it (Kimiモデル), its maker before it (NVIDIA
 * H20), compromise's organisation tag, IPADIC's proper-noun tag, Latin letters joined to Japanese
 * (SKハイニックス) seen more than once, an acronym seen three times, a word in camel case (DeepSeek)
 * seen in two articles, or a capitalised word seen three times in two (none of these where the text
 * counts it: a thing's type then, candidates.ts). A name seen only inside longer candidates counts
 * as those. Phrases of ordinary words need more (行動計画, 頑健性(Robustness)).
 */
export function isConfident(candidate: Candidate, parts: number): boolean {
  const { type, signals, mentions, because } = candidate;
  if (candidate.aliasOf || !isEntityType(type)) return false;
  const has = (s: Signal) => signals.includes(s);
  // Seen only inside longer candidates (共産 in 共産党さん, SK in SKハイニックス), it counts as those,
  // unless what made the longer span names it: its kind after it, or a bracket.
  if (!candidate.independentMentions && !has('kind-word') && !has('pair')) return false;
  if (has('common-words')) {
    // 輸出管理規則 and 産業安全保障局 are ordinary words with a suffix (the fewer words, the more
    // mentions it takes: 総務省 twice, 輸出管理規則 once), 高帯域幅メモリ(HBM) ordinary
    // words with an acronym; 頑健性(Adversarial Robustness) and データ形式 are terms.
    // ライナス(Lynas Rare Earths), 華為技術（ファーウェイ） are names written in two scripts: katakana
    // that transcribes its partner, or reads a foreign name in kanji.
    const acronymPartner = !!candidate.partner && isShortForm(candidate.partner);
    // (a kanji name and a katakana one are paired only where the kanji is a foreign name: bracketPairs.ts)
    const transcribed = !!candidate.partner && (isTranscription(candidate.surface, candidate.partner) || isKanjiAndKatakana(candidate.surface, candidate.partner));
    // ファンド「High-Flyer」(簡体字: 幻方): paired with a name quoted after the word for its kind,
    // ordinary words are a name.
    const quotedAfterKind = because.rule === 'kind-before' && isOpeningQuote(because.word[because.word.length - 1]);
    return (has('suffix') && isSuffixGuess({ type, because }) && (parts + mentions >= 4 || has('pair'))) || (acronymPartner && mentions >= 5) || transcribed || quotedAfterKind;
  }
  // Evidence of a name (with proper-noun, kind-word and after-maker below: candidates.ts NAME_EVIDENCE).
  if (has('pair') || has('suffix') || has('listed') || has('after-country') || has('organization')) return true;
  const saysOrganisation = because.rule === 'compromise-organisation' || (because.rule === 'kuromoji' && because.says === 'organisation');
  if (has('proper-noun')) {
    // One or two kanji IPADIC calls a proper noun are as often a party's short name (社民, 共産),
    // a city's team (広島) or a fused pair of countries (日米) as a company or a body (国連): seen three times.
    if (isHanText(candidate.normalized) && [...candidate.normalized].length <= 2) return mentions >= 3;
    return mentions >= 2 || (saysOrganisation && [...candidate.normalized].length >= 3);
  }
  if (has('kind-word') || has('after-maker')) return true;
  // Letters and digits name a chip or a model only near words for one, or after their maker.
  if (has('product-number')) return false;
  // An acronym is as often a term or a product (CUDA, GPGPU) or of another type (TPU, FDPR).
  if (has('acronym')) return mentions >= 3;
  if (has('mixed-script')) return mentions >= 2;
  // One capitalised word is as often an English one or a product's (PyTorch in one article); a
  // name recurs across articles: a coined one (DeepSeek, OpenAI, a capital inside) seen in two,
  // another (Cambricon, Advantest) three times in two.
  if (has('capitalized') && ONE_WORD.test(candidate.surface)) return candidate.documents >= 2 && mentions >= (CAMEL_CASE.test(candidate.surface) ? 2 : 3);
  return false;
}

/**
 * The names written in brackets beside an entry (英伟达（NVIDIA）: a form the dictionary lacks, of
 * an entity it has): their occurrences count for that entry, by entity id.
 */
export function aliasCounts(ranked: RankedCandidate[], entities: ReadonlyMap<string, Entity>): Map<string, AliasCounts> {
  const byEntity = new Map<string, AliasCounts>();
  for (const { candidate, tally } of ranked) {
    const entity = candidate.aliasOf && entities.get(candidate.aliasOf.id);
    // Ordinary words beside a name in brackets explain it more often than they name it (a bill or
    // a variant of a known name is that name's whatever its words).
    if (!entity || (candidate.signals.includes('common-words') && candidate.because.rule === 'bracket-entry')) continue;
    let into = byEntity.get(entity.id);
    if (!into) byEntity.set(entity.id, (into = { entity, byDocument: new Map(), surfaces: new Map(), examples: [] }));
    for (const [doc, n] of tally.byDocument) countInto(into.byDocument, doc, n);
    for (const [form, n] of tally.surfaces) countInto(into.surfaces, form, n);
    into.examples = pickExamples([...into.examples, ...tally.examples]);
  }
  return byEntity;
}

/** The confident candidates as glossary entries, best first; ids never clash with `takenIds`. */
export function discoveredEntries(ranked: RankedCandidate[], takenIds: ReadonlySet<string>): GlossaryEntry[] {
  const confident = ranked.filter(({ candidate, tally }) => isConfident(candidate, tally.parts.length));
  const promoted = [...confident, ...familyVersions(ranked, confident)];
  const ids = new Set(takenIds);
  const nested = nestedCounts(promoted.map((p) => p.tally));
  const soundsLike = latinNamesBySound(ranked);
  return promoted
    .map(({ candidate, tally }) => {
      const byDocument = new Map(tally.byDocument);
      // No more than were found inside longer candidates: a name found only whole (輸出執行省 in
      // 輸出執行省輸出執行局, read as one run) lost nothing to it.
      let inside = Math.max(0, tally.mentions - tally.independent);
      for (const [doc, n] of [...(nested.get(tally) ?? [])].sort(byKey)) {
        const lost = Math.min(n, inside, byDocument.get(doc) ?? 0);
        byDocument.set(doc, (byDocument.get(doc) ?? 0) - lost);
        inside -= lost;
      }
      for (const [doc, n] of byDocument) if (!n) byDocument.delete(doc);
      const mentions = [...byDocument.values()].reduce((a, b) => a + b, 0);
      return mentions ? toEntry(candidate, byDocument, mentions, ids, soundsLike) : undefined;
    })
    .filter((e): e is GlossaryEntry => !!e);
}

/**
 * A discovered model's or chip's name with a version after it (Llama 3.3 beside Llama) names a new
 * member of the family, as a dictionary family's name does (dict/patterns.yml `versions`): it
 * enters with the family's type, whatever its own shape said. Words between the family's name and
 * the version name an edition of it (Claude Opus 4.5 beside Claude).
 */
function familyVersions(ranked: RankedCandidate[], confident: RankedCandidate[]): RankedCandidate[] {
  const families = new Map(confident.filter(({ candidate }) => candidate.type === 'model' || candidate.type === 'chip').map((f) => [f.tally.key, f.candidate]));
  const entering = new Set(confident);
  const members: RankedCandidate[] = [];
  const familyOf = (parts: string[]) => {
    for (let end = parts.length - 1; end > 0; end--) {
      const family = families.get(parts.slice(0, end).join(''));
      if (family) return family;
    }
    return undefined;
  };
  for (const member of ranked) {
    const { parts } = member.tally;
    const family = parts.length > 1 && isVersionText(parts[parts.length - 1]) ? familyOf(parts) : undefined;
    if (!family || member.candidate.aliasOf || entering.has(member)) continue;
    const because: Provenance = { rule: 'family-version', of: family.surface };
    members.push({ tally: member.tally, candidate: { ...member.candidate, type: family.type, because, typeReason: describeProvenance(because) } });
  }
  return members;
}

/**
 * For each promoted tally, per document, how many of its occurrences lie inside longer promoted
 * candidates (which count as those, not as it). Each longer key is searched, at each position,
 * for the promoted keys of each length there is, so the cost is linear in the candidates' length
 * (times the few distinct key lengths), not the square of their number or of a key's length.
 */
function nestedCounts(promoted: CandidateTally[]): Map<CandidateTally, Map<string, number>> {
  const byKey = new Map(promoted.map((t) => [t.key, t]));
  const lengths = [...new Set(promoted.map((t) => t.key.length))];
  const nested = new Map<CandidateTally, Map<string, number>>();
  for (const longer of promoted) {
    const inside = new Set<CandidateTally>();
    for (const length of lengths) {
      if (length >= longer.key.length) continue;
      for (let i = 0; i + length <= longer.key.length; i++) {
        const shorter = byKey.get(longer.key.slice(i, i + length));
        if (shorter) inside.add(shorter);
      }
    }
    for (const shorter of inside) {
      const times = longer.key.split(shorter.key).length - 1;
      let counts = nested.get(shorter);
      if (!counts) nested.set(shorter, (counts = new Map()));
      for (const [doc, n] of longer.byDocument) countInto(counts, doc, n * times);
    }
  }
  return nested;
}

/** The Latin names of a corpus's candidates that may be entities, by their sound key (see core/soundKey.ts). */
function latinNamesBySound(ranked: RankedCandidate[]): Map<string, Set<string>> {
  const bySound = new Map<string, Set<string>>();
  for (const { candidate } of ranked) {
    if (!isEntityType(candidate.type) || hasJapanese(candidate.surface)) continue;
    const key = latinSoundKey(candidate.surface);
    if (key && key.length >= MIN_SOUND_KEY) bySound.set(key, (bySound.get(key) ?? new Set()).add(candidate.surface));
  }
  return bySound;
}

/**
 * The English name of an entry: the Latin form the text wrote with it (a bracket partner, a form
 * written), else, for a katakana name, the one Latin name of the corpus that sounds alike
 * (インテル → Intel), marked a guess.
 */
function englishOf(candidate: Candidate, ja: string, soundsLike: Map<string, Set<string>>): { en: string; enSource: EnglishSource } {
  const written = englishFromText(candidate);
  if (written) return { en: written, enSource: 'text' };
  const key = katakanaSoundKey(ja);
  const alike = key && key.length >= MIN_SOUND_KEY ? soundsLike.get(key) : undefined;
  return alike?.size === 1 ? { en: [...alike][0], enSource: 'guess' } : { en: '', enSource: 'none' };
}

function toEntry(candidate: Candidate, byDocument: Map<string, number>, mentions: number, ids: Set<string>, soundsLike: Map<string, Set<string>>): GlossaryEntry {
  const forms = Object.keys(candidate.surfaces);
  const ja = hasJapanese(candidate.surface) ? candidate.surface : (forms.find(hasJapanese) ?? (candidate.partner && hasJapanese(candidate.partner) ? candidate.partner : candidate.surface));
  const { en, enSource } = englishOf(candidate, ja, soundsLike);
  const named = new Set([nameKey(ja), nameKey(en)]);
  const aliases: string[] = [];
  for (const form of [...forms, ...(candidate.partner ? [candidate.partner] : [])]) {
    const key = nameKey(form);
    if (!named.has(key)) aliases.push(form);
    named.add(key);
  }
  // Without an English name, the Japanese name is the id (ids are only keys; JSON holds any text).
  let id = entityIdFrom(en) || nameKey(ja);
  while (ids.has(id)) id = `${id}-discovered`;
  ids.add(id);
  return {
    id,
    type: candidate.type as EntityType,
    ja,
    en,
    aliases,
    source: 'discovered',
    enSource,
    evidence: { signals: candidate.signals, typeReason: candidate.typeReason, score: candidate.score },
    mentions,
    documents: byDocument.size,
    byDocument: Object.fromEntries([...byDocument].sort(byKey)),
    surfaces: candidate.surfaces,
    examples: candidate.examples,
  };
}
