#!/usr/bin/env node
// The command line: parses arguments and calls the library, nothing more.
import { Command } from 'commander';
import { GlossaryError } from './errors.js';

const PROGRESS_MIN_FILES = 10;

// `glossary export … | head` closes the pipe early; that is not an error.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});

const program = new Command()
  .name('glossary')
  .description('Japanese–English glossary of the entities named in Japanese articles about AI chips and export controls')
  .version('0.1.0');

program
  .command('build')
  .description('read the articles, match the dictionary, write glossary.json and glossary.csv')
  .argument('[inputs...]', 'files or folders of .txt/.md articles', ['data'])
  .option('--dict <dir>', 'dictionary folder', 'dict')
  .option('--out <dir>', 'output folder', 'out')
  .option('-q, --quiet', 'no progress bar')
  .action(async (inputs: string[], opts: { dict: string; out: string; quiet?: boolean }) => {
    // Imported here so that lookup and export never load kuromoji or compromise.
    const [{ build }, { SingleBar }] = await Promise.all([import('./build.js'), import('cli-progress')]);
    const bar = !opts.quiet && process.stderr.isTTY ? new SingleBar({ format: 'glossary {bar} {value}/{total} files', stream: process.stderr }) : undefined;
    const summary = await build({
      inputs,
      dictDir: opts.dict,
      outDir: opts.out,
      // A bar is only worth drawing for builds of many files.
      onProgress: bar && ((done, total) => total >= PROGRESS_MIN_FILES && (done === 1 ? bar.start(total, done) : bar.update(done))),
    });
    bar?.stop();
    const n = (x: number) => x.toLocaleString('en-US');
    process.stderr.write(
      `glossary: ${n(summary.documents)} documents, ${n(summary.characters)} characters, ${n(summary.mentions)} mentions, ` +
        `${n(summary.entities)} entities in ${summary.seconds.toFixed(1)} s → ${summary.outputs.join(', ')}\n`,
    );
  });

program
  .command('lookup')
  .description('find glossary entries from any of their names, Japanese or English, in any width or case')
  .argument('<terms...>', 'names to look up')
  .option('--json', 'print the entries as JSON')
  .option('--glossary <file>', 'glossary to read (default: out/glossary.json when it exists, else the dictionary)')
  .option('--dict <dir>', 'dictionary folder to read instead of a glossary')
  .action(async (terms: string[], opts: { json?: boolean; glossary?: string; dict?: string }) => {
    const { lookup } = await import('./lookupCommand.js');
    const { output, found } = await lookup(terms, opts);
    process.stdout.write(output);
    if (!found) process.exitCode = 1;
  });

program
  .command('export')
  .description('write the glossary as a search-engine synonym list, user dictionary, index settings, TBX or DeepL glossary')
  .requiredOption('--format <format>', 'solr | es-synonyms-set | kuromoji-userdict | es-index-settings | tbx | deepl')
  .option('--out <file>', 'file to write (default: standard output)')
  .option('--glossary <file>', 'glossary to read (default: out/glossary.json when it exists, else the dictionary)')
  .option('--dict <dir>', 'dictionary folder to read instead of a glossary')
  .action(async (opts: { format: string; out?: string; glossary?: string; dict?: string }) => {
    const { runExport } = await import('./exportCommand.js');
    const content = await runExport(opts.format, opts);
    if (content !== undefined) process.stdout.write(content);
  });

program.parseAsync().catch((err: unknown) => {
  if (err instanceof GlossaryError) {
    process.stderr.write(`glossary: ${err.message}\n${err.hint ? `  → ${err.hint}\n` : ''}`);
    process.exit(err.exitCode);
  }
  throw err;
});
