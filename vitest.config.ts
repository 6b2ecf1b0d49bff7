import { chmodSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from 'vitest/config';

// Every temporary folder of a test run (the tests' own, and those of the CLI they start) goes
// under one folder of this run, which tests/globalSetup.ts removes at the end: a run leaves
// nothing in /tmp but the parsed-dictionary cache, which the tests keep in a folder of their own.
const root = mkdtempSync(join(tmpdir(), 'glossary-test-run-'));
chmodSync(root, 0o755); // one test runs the CLI as an unprivileged user
process.env.GLOSSARY_TEST_ROOT = root;

// Builds load kuromoji's dictionary (about a second) and run the CLI as a child process. The
// tests keep parsed dictionaries in a cache folder of their own, not the user's, and refuse to
// start on a dist/ older than src/ (tests/freshness.ts).
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    globalSetup: ['tests/freshness.ts', 'tests/globalSetup.ts'],
    env: { GLOSSARY_CACHE_DIR: join(tmpdir(), 'glossary-test-cache'), TMPDIR: root },
  },
});
