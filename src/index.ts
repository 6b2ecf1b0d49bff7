// The library: each pipeline stage, for programs and tests that use glossary without the CLI.
export * from './aggregate.js';
export * from './build.js';
export * from './dictionary.js';
export * from './english.js';
export * from './entity.js';
export * from './glossaryFile.js';
export * from './glossary.js';
export * from './glossaryIndex.js';
export * from './locate.js';
export * from './paths.js';
export * from './errors.js';
export * from './match.js';
export * from './normalize.js';
export * from './read.js';
export * from './tokenize.js';
export { glossaryCsv, neutralizeFormula } from './formats/csv.js';
export { glossaryJson } from './formats/json.js';
export { writeFileAtomic, writeFilesAtomic } from './atomicWrite.js';
