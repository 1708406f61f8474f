/**
 * The command line's help names every register `import <name>` brings in: a module's `cliRegisters` (a new
 * register added by docs/recipes.md) shows in `npm run cli -- help` without a line written in cli/commands.ts.
 */
import { describe, expect, it } from 'vitest';
import { HELP } from './commands.ts';
import { CLI_REGISTER_KEYS, CLI_REGISTER_NAMES } from './registers.ts';

describe('npm run cli -- help', () => {
  it('lists every register import brings in, in Chinese and in the English sentence', () => {
    const [zh, en] = HELP.split('Bring a past register in');
    for (const key of CLI_REGISTER_KEYS.filter((k) => k !== 'members')) {
      expect(zh, key).toMatch(new RegExp(`^ {8}${key} +\\S`, 'm'));
      expect(en.slice(0, en.indexOf('import-orgs')), key).toMatch(new RegExp(`\\b${key}\\b`));
    }
    expect(Object.keys(CLI_REGISTER_NAMES).length).toBeGreaterThan(10);
  });
});
