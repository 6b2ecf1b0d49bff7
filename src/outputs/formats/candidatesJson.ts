// candidates.json: the candidates for new entries, best first, with counts, partners and examples.
import type { Candidate } from '../candidates.js';

export const CANDIDATES_FORMAT_VERSION = 1;

export function candidatesJson(candidates: Candidate[], minScore: number): string {
  return `${JSON.stringify({ format: 'glossary-candidates', version: CANDIDATES_FORMAT_VERSION, minScore, candidates }, null, 2)}\n`;
}
