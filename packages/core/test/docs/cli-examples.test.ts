// The examples in docs/cli.md, docs/weaving.md and the README are real: each "$ knet ..." block is run on the
// repository's data and must print exactly what the docs show (`| head -N` keeps the first N lines).
// KNET_UPDATE_DOCS=1 rewrites them.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { knet } from '../cli/run.js';

// Each document, with the fewest example blocks it must hold.
const DOCS: [string, number][] = [['docs/cli.md', 3], ['docs/weaving.md', 4], ['README.md', 4]];
const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
const BLOCK = /```text\n\$ (knet [^\n]*)\n([\s\S]*?)```/g;

async function output(command: string): Promise<string> {
  const [line, head] = command.split(' | head -');
  const run = await knet(line.trim().split(/\s+/).slice(1), { cwd: ROOT });
  expect(run.code, `${command}: ${run.stderr}`).toBe(0);
  if (!head) return run.stdout;
  return run.stdout.split('\n').slice(0, Number(head)).join('\n') + '\n';
}

it.each(DOCS)('%s shows what each example command really prints', async (doc, fewest) => {
  const path = `${ROOT}${doc}`;
  const text = readFileSync(path, 'utf8');
  const blocks = [...text.matchAll(BLOCK)];
  expect(blocks.length).toBeGreaterThanOrEqual(fewest);
  let updated = text;
  for (const [block, command, shown] of blocks) {
    const real = await output(command);
    if (process.env.KNET_UPDATE_DOCS === '1') updated = updated.replace(block, `\`\`\`text\n$ ${command}\n${real}\`\`\``);
    else expect(shown, command).toBe(real);
  }
  if (updated !== text) writeFileSync(path, updated);
});
