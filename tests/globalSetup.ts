// Removes the folder that held every temporary file of the test run (see vitest.config.ts).
import { rmSync } from 'node:fs';

export default function setup(): () => void {
  return () => {
    const root = process.env.GLOSSARY_TEST_ROOT;
    if (root) rmSync(root, { recursive: true, force: true });
  };
}
