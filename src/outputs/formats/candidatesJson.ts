// candidates.json: the candidates for new entries, best first, with counts, partners and examples.
import type { Candidate } from '../candidates.js';

export const CANDIDATES_FORMAT_VERSION = 1;

export function candidatesJson(candidates: Candidate[], minScore: number): string {
  // The type's provenance is shown as its text, typeReason.
  const shown = candidates.map(({ because: _, ...candidate }) => candidate);
  return `${JSON.stringify({ format: 'glossary-candidates', version: CANDIDATES_FORMAT_VERSION, minScore, candidates: shown }, null, 2)}\n`;
}
