// The type rules, in the order they are tried. Within a list the first rule that guesses decides
// (strongest first); a later pass overrules an earlier one where its rules guess.
import { afterCountry } from './afterCountry.js';
import { afterMaker } from './afterMaker.js';
import { amount } from './amount.js';
import { companyWord } from './companyWord.js';
import { countable } from './countable.js';
import { compromiseOrganisation, compromisePersonOrPlace } from './compromise.js';
import { kindBefore } from './kindBefore.js';
import { kindWord } from './kindWord.js';
import { kuromoji } from './kuromoji.js';
import { japaneseLegalName, latinLegalName } from './legalName.js';
import { acronym, capitalised, englishWord, productNumber, versioned } from './latinShape.js';
import { listed } from './listed.js';
import { katakanaRun, nameWords, unknownWord } from './nameShape.js';
import { office } from './office.js';
import { otherKind } from './otherKind.js';
import { acronymNamesPhrase, bracketPartner, entryPartner } from './partner.js';
import { personTitle } from './personTitle.js';
import { session } from './session.js';
import { speaker } from './speaker.js';
import { japaneseSuffix, latinSuffix } from './suffix.js';

/** A Japanese name, by its own tokens: the words of a legal name or another suffix, then IPADIC's tags of its head, then its words. */
export const JAPANESE_NAME_RULES = [japaneseLegalName, japaneseSuffix, kuromoji, unknownWord, katakanaRun, nameWords];
/** A Latin name, by its own words: a word of another kind of name, the words of a legal name or another suffix, then its shape… */
export const LATIN_NAME_RULES = [otherKind, latinLegalName, latinSuffix, versioned, productNumber, acronym, englishWord, capitalised];
/** …which compromise overrules, where it knows the name. */
export const LATIN_NAME_OVERRULES = [compromiseOrganisation, compromisePersonOrPlace];
/** A side of a bracket pair, by the other side. */
export const PAIR_RULES = [entryPartner, acronymNamesPhrase, bracketPartner];
/**
 * After every candidate of a text is found, by the words around it, in passes: being listed with
 * an entity; the kind of thing named after it or its maker before it; then a person's title, an
 * amount's number, a count of it, a country before it.
 */
export const CONTEXT_PASSES = [[listed], [kindWord, kindBefore, afterMaker, session], [office, personTitle, amount, countable, afterCountry]];

/** Every type rule, for the test of their examples. */
export const TYPE_RULES = [companyWord, ...JAPANESE_NAME_RULES, ...LATIN_NAME_RULES, ...LATIN_NAME_OVERRULES, speaker, ...PAIR_RULES, ...CONTEXT_PASSES.flat()];
