// The README's library example is real: it runs against the built package and prints what the README shows.
// (Its `$ knet ...` blocks are checked by cli-examples.test.ts.)
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
const README = readFileSync(new URL('README.md', `file://${ROOT}`), 'utf8');

/** The fenced block of `language` that follows `after` in the README. */
function blockAfter(after: string, language: string): string {
  const start = README.indexOf(after);
  expect(start, `README has "${after}"`).toBeGreaterThanOrEqual(0);
  const match = new RegExp('```' + language + '\\n([\\s\\S]*?)```').exec(README.slice(start));
  if (!match) throw new Error(`README: no \`\`\`${language} block after "${after}"`);
  return match[1];
}

it('the library example prints what the README shows', () => {
  const code = blockAfter('## The library', 'js');
  // Inside packages/core, '@knet/core' resolves to the package itself (its exports map), as for a user.
  const script = fileURLToPath(new URL('packages/core/.readme-example.mjs', `file://${ROOT}`));
  writeFileSync(script, code);
  try {
    const printed = execFileSync(process.execPath, [script], { cwd: ROOT, encoding: 'utf8' });
    expect(printed).toBe(blockAfter('\nprints\n', 'text'));
  } finally {
    rmSync(script, { force: true });
  }
});

