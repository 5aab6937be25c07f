// docs/cli.md names every command and every option the CLI accepts, so the two cannot drift apart.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/cli/main.js';
import { COMMON_OPTIONS } from '../../src/cli/options.js';

const DOC = readFileSync(new URL('../../../../docs/cli.md', import.meta.url), 'utf8');

describe('docs/cli.md', () => {
  it('documents every common option', () => {
    for (const name of Object.keys(COMMON_OPTIONS)) expect(DOC).toContain(`\`--${name}`);
  });

  it('has a section for every command, naming each option its help lists', () => {
    for (const command of COMMANDS) {
      expect(DOC).toMatch(new RegExp(`^## \`knet ${command.name}\``, 'm'));
      for (const [, option] of command.help.matchAll(/^ {2}(--[a-z-]+)/gm)) expect(DOC).toContain(option);
    }
  });
});
