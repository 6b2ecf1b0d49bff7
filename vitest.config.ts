import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from 'vitest/config';

// Builds load kuromoji's dictionary (about a second) and run the CLI as a child process. The
// tests keep parsed dictionaries in a cache folder of their own, not the user's, and refuse to
// start on a dist/ older than src/ (tests/freshness.ts).
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/freshness.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    env: { GLOSSARY_CACHE_DIR: join(tmpdir(), 'glossary-test-cache') },
  },
});
