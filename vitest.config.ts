import { defineConfig } from 'vitest/config';

// Builds load kuromoji's dictionary (about a second) and run the CLI as a child process.
export default defineConfig({ test: { include: ['tests/**/*.test.ts'], testTimeout: 60_000, hookTimeout: 60_000 } });
