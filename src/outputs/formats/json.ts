// glossary.json: the whole glossary with counts and examples; the input of lookup and the scorer.
import type { Glossary } from '../glossary.js';

export const GLOSSARY_FORMAT_VERSION = 1;

export function glossaryJson(glossary: Glossary): string {
  return `${JSON.stringify({ format: 'glossary', version: GLOSSARY_FORMAT_VERSION, ...glossary }, null, 2)}\n`;
}
