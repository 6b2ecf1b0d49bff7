#!/usr/bin/env node
// The command line: parses arguments and calls the library, nothing more.
import { Command, CommanderError } from 'commander';
import { availableParallelism } from 'node:os';
import { committedSets, removeTemporaryFiles } from '../core/atomicWrite.js';
import { diagnosticPlace, GlossaryError, Interrupted, type Diagnostic } from '../core/errors.js';
import type { BuildSummary } from '../run/build.js';
import { defaultDictDir } from '../core/paths.js';

const PROGRESS_MIN_FILES = 10;
/** Exit status of usage errors and of failures that wrote nothing. */
const EXIT_FAILURE = 2;
/** Exit status when the glossary was written but some input files were skipped. */
const EXIT_SKIPPED_FILES = 3;
const SIGNAL_STATUS: Record<string, number> = { SIGINT: 130, SIGTERM: 143 };

// Ctrl-C or a kill. A build or merge is stopped where it is (its documents are processed in
// worker threads, so this takes moments): its temporary files are removed, the lock released,
// and the previous outputs stay as they were; the status is 130 or 143. Once the new outputs
// are committed (see core/atomicWrite.ts) a signal changes nothing: the run ends as it would.
// Other commands have nothing half-written (they write synchronously) and end at once.
const interruption = new AbortController();
for (const signal of Object.keys(SIGNAL_STATUS)) {
  process.on(signal, () => {
    if (committedSets() > 0) return; // the outputs are written: finish as if no signal came
    if (stoppable && !interruption.signal.aborted) {
      interruption.abort(new Interrupted(signal));
      // The run stops by itself within moments; should it not, nothing is committed yet, so it may end here.
      setTimeout(() => {
        if (committedSets() > 0) return;
        removeTemporaryFiles();
        process.exit(SIGNAL_STATUS[signal]);
      }, 900).unref();
      return;
    }
    removeTemporaryFiles();
    process.exit(SIGNAL_STATUS[signal]);
  });
}
/** Whether the running command stops by itself when interrupted (build, merge, extract). */
let stoppable = false;

// `glossary export … | head` closes the pipe early; that is not an error.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});

/**
 * Text from files (names, paths, dictionary entries) is shown with control characters escaped,
 * so that a file named with a newline cannot forge a line of the log, nor a bidirectional
 * override reorder it.
 */
const shown = (text: string): string =>
  text.replace(/[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u2028\u2029\u200E\u200F\u202A-\u202E\u2066-\u2069]/g, (ch) => `\\u{${ch.codePointAt(0)!.toString(16)}}`);
const say = (line: string) => process.stderr.write(`glossary: ${shown(line).replace(/\n(?!  )/g, '\n  ')}\n`);
const sayDiagnostic = (kind: string, d: Diagnostic) => say(`${kind}${shown(diagnosticPlace(d)).replace(/\n/g, '\\n')}: ${d.message} → ${d.hint}`);

const program = new Command()
  .name('glossary')
  .description('Japanese–English glossary of the entities named in Japanese articles about AI chips and export controls')
  .version('0.1.0')
  .exitOverride()
  .configureOutput({ outputError: (message, write) => write(`glossary: ${message.replace(/^error: /, '')}`) });

interface InputOptions {
  dict?: string;
  encoding?: string;
  strict?: boolean;
  jobs?: string;
}

/** The options build and extract share, checked and turned into the library's terms. */
async function collectOptions(inputs: string[], opts: InputOptions) {
  const { encodingByName, ENCODINGS } = await import('../pipeline/read/decode.js');
  const encoding = opts.encoding === undefined ? undefined : encodingByName(opts.encoding);
  if (opts.encoding !== undefined && !encoding) throw new GlossaryError(`unknown encoding "${opts.encoding}"`, `use one of: ${ENCODINGS.join(', ')}`);
  let jobs = opts.jobs === undefined ? undefined : Number(opts.jobs);
  if (jobs !== undefined && !(Number.isInteger(jobs) && jobs >= 1)) throw new GlossaryError(`--jobs ${opts.jobs} is not a whole number of at least 1`, 'give the number of workers, e.g. --jobs 2');
  // Each worker holds its own matcher and heap: more workers than cores only cost memory.
  const cores = availableParallelism();
  if (jobs !== undefined && jobs > cores) {
    say(`warning: --jobs ${jobs} is more than the ${cores} cores of this machine; using ${cores}`);
    jobs = cores;
  }
  return { inputs, dictDir: opts.dict ?? defaultDictDir(), encoding, strict: opts.strict, jobs, signal: interruption.signal };
}

function minScoreOption(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const score = Number(value);
  if (!Number.isFinite(score) || score < 0) throw new GlossaryError(`--min-score ${value} is not a number of 0 or more`, 'give a score, e.g. --min-score 0 to keep every candidate');
  return score;
}

const withInputOptions = (command: Command) =>
  command
    .option('--dict <dir>', 'dictionary folder (default: ./dict, else the one shipped with glossary)')
    .option('--encoding <name>', 'decode every input as utf-8, utf-16le, utf-16be, shift_jis (cp932) or euc-jp instead of detecting')
    .option('--strict', 'stop at the first input file that cannot be read, instead of skipping it')
    .option('-j, --jobs <n>', 'worker threads (default: the number of cores for 2 MB of input or more, else 1; at most the number of cores)');

/** Warnings and skipped files (always), the one-line summary (unless quiet), on stderr; exit 3 when files were skipped. */
function printSummary(summary: BuildSummary, quiet = false): void {
  for (const warning of summary.warnings) sayDiagnostic('warning: ', warning);
  for (const problem of summary.problems) sayDiagnostic('skipped ', problem);
  const count = (x: number, one: string, many = `${one}s`) => `${x.toLocaleString('en-US')} ${x === 1 ? one : many}`;
  if (!quiet) {
    say(
      `${count(summary.documents, 'document')}, ${count(summary.characters, 'character')}, ` +
        `${count(summary.mentions, 'mention')}, ${count(summary.entities, 'entity', 'entities')} ` +
        `in ${summary.seconds.toFixed(1)} s → ${summary.outputs.join(', ')}` +
        `${summary.problems.length ? ` (${count(summary.problems.length, 'file')} skipped)` : ''}`,
    );
  }
  if (summary.problems.length) process.exitCode = EXIT_SKIPPED_FILES;
}

withInputOptions(
  program
    .command('build')
    .description('read the articles, match the dictionary, write glossary.json and glossary.csv')
    .argument('[inputs...]', 'files or folders of .txt/.md articles', ['data']),
)
  .option('--out <dir>', 'output folder', 'out')
  .option('--no-report', 'do not write report.html')
  .option('--min-score <score>', 'leave out of candidates.json/.csv the candidates scoring below this (default 2)')
  .option('--no-discover', 'keep the glossary to the dictionary: no discovered entries')
  .option('-q, --quiet', 'no progress bar and no summary line (skipped files and warnings are still listed)')
  .action(async (inputs: string[], opts: InputOptions & { out: string; quiet?: boolean; report: boolean; discover: boolean; minScore?: string }) => {
    stoppable = true;
    // Imported here so that lookup and export never load kuromoji or compromise.
    const [{ build }, { SingleBar }] = await Promise.all([import('../run/build.js'), import('cli-progress')]);
    const bar = !opts.quiet && process.stderr.isTTY ? new SingleBar({ format: 'glossary {bar} {value}/{total} files', stream: process.stderr }) : undefined;
    const summary = await build({
      ...(await collectOptions(inputs, opts)),
      outDir: opts.out,
      noReport: !opts.report,
      noDiscover: !opts.discover,
      minScore: minScoreOption(opts.minScore),
      // A bar is only worth drawing for builds of many files.
      onProgress: bar && ((done, total) => total >= PROGRESS_MIN_FILES && (done === 1 ? bar.start(total, done) : bar.update(done))),
    }).finally(() => bar?.stop());
    printSummary(summary, opts.quiet);
  });

withInputOptions(
  program
    .command('extract')
    .description('the map step: one JSON line per document on stdout (its counts, or why it was skipped), for glossary merge')
    .argument('[inputs...]', 'files or folders of articles, or - for JSON lines {"id","text"} on stdin', ['data']),
).action(async (inputs: string[], opts: InputOptions) => {
  stoppable = true;
  const { extractFiles, extractLines } = await import('../run/mapReduce.js');
  const write = (line: string) => process.stdout.write(line);
  if (inputs.length === 1 && inputs[0] === '-') {
    // Documents from standard input are processed on this thread and nothing is written but
    // standard output: a signal's default action (ending the process at once) is the right one.
    for (const signal of Object.keys(SIGNAL_STATUS)) process.removeAllListeners(signal);
    await extractLines(process.stdin, opts.dict ?? defaultDictDir(), write);
  }
  else {
    // Skipped files go out as problem lines, which merge reports; warnings only here.
    const { warnings } = await extractFiles(await collectOptions(inputs, opts), write);
    for (const warning of warnings) sayDiagnostic('warning: ', warning);
  }
});

program
  .command('merge')
  .description('the reduce step: add up the output of glossary extract and write glossary.json and glossary.csv')
  .argument('<partials...>', 'files of JSON lines from glossary extract, or - for stdin')
  .option('--out <dir>', 'output folder', 'out')
  .option('--no-report', 'do not write report.html')
  .option('--min-score <score>', 'leave out of candidates.json/.csv the candidates scoring below this (default 2)')
  .option('--no-discover', 'keep the glossary to the dictionary: no discovered entries')
  .option('-q, --quiet', 'no summary line (skipped files and warnings are still listed)')
  .action(async (partials: string[], opts: { out: string; report: boolean; discover: boolean; minScore?: string; quiet?: boolean }) => {
    stoppable = true;
    const { merge } = await import('../run/mapReduce.js');
    // The library reads streams it is given; standard input is the CLI's to give.
    const sources = partials.map((p) => (p === '-' ? { name: 'standard input', input: process.stdin } : p));
    const summary = await merge(sources, { outDir: opts.out, noReport: !opts.report, noDiscover: !opts.discover, minScore: minScoreOption(opts.minScore), signal: interruption.signal });
    printSummary(summary, opts.quiet);
  });

program
  .command('accept')
  .description('add candidates from candidates.json to the dictionary, as new entries or as aliases of existing ones')
  .argument('[candidates...]', 'candidates, by any name they were written with or their partner')
  .option('--from <file>', 'apply every row of a reviewed candidates.csv whose decision is accept, reject or alias:<id>')
  .option('--type <type>', 'type of the new entry (default: the guessed type)')
  .option('--en <name>', 'English name of the new entry (default: the partner written in brackets)')
  .option('--id <id>', 'id of the new entry, or of an existing entry to add the candidate to as an alias')
  .option('--dict <dir>', 'dictionary folder to edit (default: ./dict; `glossary init` makes one)')
  .option('--candidates <file>', 'candidates to accept from (default: out/candidates.json, or with --from the candidates.json beside the reviewed CSV)')
  .action(async (terms: string[], opts: { from?: string; type?: string; en?: string; id?: string; dict?: string; candidates?: string }) => {
    if (!terms.length && !opts.from) throw new GlossaryError('name the candidates to accept, or --from a reviewed candidates.csv', 'see glossary accept --help');
    if (terms.length && opts.from) throw new GlossaryError('name candidates or give --from, not both', 'see glossary accept --help');
    const [{ accept }, { acceptReviewed }, { displayPath, editableDictDir }] = await Promise.all([import('../commands/accept.js'), import('../commands/review.js'), import('../core/paths.js')]);
    const dictDir = editableDictDir(opts.dict);
    const applied = opts.from
      ? acceptReviewed(opts.from, { dictDir, candidatesFile: opts.candidates })
      : accept(terms, { ...opts, dictDir, candidatesFile: opts.candidates });
    for (const a of applied) {
      const what =
        a.kind === 'entry' ? `new entry "${a.id}": ${a.names.join(' / ')}`
        : a.kind === 'rejected' ? `${a.names.length ? a.names.join(', ') : 'nothing new'} rejected: never proposed again`
        : a.kind === 'unchanged' ? `"${a.id}" is already in the dictionary: nothing to do`
        : `${a.names.length ? a.names.join(', ') : 'nothing new'} as alias${a.names.length === 1 ? '' : 'es'} of "${a.id}"`;
      process.stdout.write(`${shown(displayPath(a.file))}: ${shown(what)}\n`);
    }
  });

program
  .command('init')
  .description('copy the dictionary shipped with glossary into a folder of your own, to curate it (accept edits that copy)')
  .argument('[dir]', 'folder to create', 'dict')
  .action(async (dir: string) => {
    const { initDictionary } = await import('../commands/init.js');
    const files = initDictionary(dir);
    process.stdout.write(`${dir}: ${files} dictionary files copied; glossary build, lookup, export and accept use ./dict when run here${dir === 'dict' ? '' : ` (elsewhere pass --dict ${dir})`}\n`);
  });

program
  .command('lookup')
  .description('find glossary entries from any of their names, Japanese or English, in any width or case')
  .argument('<terms...>', 'names to look up')
  .option('--json', 'print the entries as JSON')
  .option('--glossary <file>', 'glossary.json to read, or the --out folder of a build (default: out/glossary.json when it exists, else the dictionary)')
  .option('--dict <dir>', 'dictionary folder to read instead of a glossary; with --glossary, where names it lacks are looked up (default: ./dict, else the one shipped with glossary)')
  .action(async (terms: string[], opts: { json?: boolean; glossary?: string; dict?: string }) => {
    const { lookup } = await import('../commands/lookup.js');
    const { output, found } = await lookup(terms, opts);
    process.stdout.write(output);
    if (!found) process.exitCode = 1;
  });

program
  .command('export')
  .description('write the glossary as a search-engine synonym list, user dictionary, index settings, TBX, DeepL glossary or spreadsheet')
  .requiredOption('--format <format>', 'solr | cased-names | es-synonyms-set | kuromoji-userdict | es-index-settings | solr-field-type | tbx | deepl | xlsx')
  .option('--out <file>', 'file to write (default: standard output)')
  .option('--glossary <file>', 'glossary.json to read, or the --out folder of a build (default: out/glossary.json when it exists, else the dictionary)')
  .option('--dict <dir>', 'dictionary folder to read instead of a glossary')
  .option('--include-discovered', 'also export the entries discovery added (by default only the dictionary\'s)')
  .option('--tbx-version <version>', 'tbx: 3 (ISO 30042:2019) or 2 (ISO 30042:2008, martif, which most CAT tools read)', '3')
  .option('--sort <order>', 'order of the entries: mentions (as the glossary) or reading (gojūon order of the Japanese names)', 'mentions')
  .option('--es-variant <variant>', 'es-index-settings: files (in config/analysis), inline (every rule in the settings, for managed clusters) or synonyms-set (Elasticsearch 8.10+)', 'files')
  .action(async (opts: { format: string; out?: string; glossary?: string; dict?: string; includeDiscovered?: boolean; tbxVersion: string; sort: string; esVariant: string }) => {
    const { runExport } = await import('../commands/export.js');
    const content = await runExport(opts.format, opts);
    if (content !== undefined) process.stdout.write(content);
  });

program.parseAsync().catch((err: unknown) => {
  if (err instanceof CommanderError) {
    // --help and --version end here too, with status 0; usage errors were already printed.
    process.exit(err.exitCode === 0 ? 0 : EXIT_FAILURE);
  }
  if (err instanceof Interrupted) {
    removeTemporaryFiles();
    process.exit(SIGNAL_STATUS[String(err.reason)] ?? 130);
  }
  if (err instanceof GlossaryError) {
    say(`${err.message}${err.hint ? `\n  → ${err.hint}` : ''}`);
    process.exit(EXIT_FAILURE);
  }
  throw err;
});
