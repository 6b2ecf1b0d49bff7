// Removes the folder that held every temporary file of the test run (see vitest.config.ts).
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';

export default function setup(): () => void {
  return () => {
    const root = process.env.GLOSSARY_TEST_ROOT;
    if (!root) return;
    // rm walks folders nested past the path-length limit (the hostile-input test makes some), which rmSync cannot.
    if (spawnSync('rm', ['-rf', root]).status !== 0) rmSync(root, { recursive: true, force: true });
  };
}
