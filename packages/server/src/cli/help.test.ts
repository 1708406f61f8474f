/**
 * The command line's help names every register `import <name>` brings in: a module's `cliRegisters` (a new
 * register added by docs/recipes.md) shows in `npm run cli -- help` without a line written in cli/commands.ts.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { HELP } from './commands.ts';
import { CLI_REGISTER_KEYS, CLI_REGISTER_NAMES } from './registers.ts';
import { cliDocWithRegisters } from './registers-doc.ts';

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

describe('docs/cli.md', () => {
  const doc = readFileSync(new URL('../../../../docs/cli.md', import.meta.url), 'utf8');
  const table = doc.slice(doc.indexOf('## Commands'), doc.indexOf('Examples:'));
  /** The command of a line, its words up to the first argument or option: `audit verify`, `import`. */
  const commandOf = (line: string) =>
    line
      .split(' ')
      .filter((_w, i, all) => all.slice(0, i + 1).every((x) => /^[a-z][a-z-]*$/.test(x)))
      .join(' ');

  it('names in its table exactly the commands the help prints', () => {
    const documented = [...table.matchAll(/^\| `([^`]+)`/gm)].map((m) => commandOf(m[1]));
    const printed = [...HELP.matchAll(/^ {2}([a-z][^\n]*)$/gm)].map((m) => commandOf(m[1]));
    expect(printed.length).toBeGreaterThan(10);
    expect([...documented].sort()).toEqual([...printed].sort());
  });

  it('lists among the registers of `import` exactly those the command line brings in, as the modules declare them', () => {
    const list = doc.slice(doc.indexOf('### Registers'), doc.indexOf('<!-- /registers -->'));
    const named = [...list.matchAll(/^- `([a-z][a-z-]*)` \(/gm)].map((m) => m[1]);
    expect(new Set(named).size).toBe(named.length);
    // the member roster comes in by `import-members`, a command of its own
    expect([...named].sort()).toEqual(CLI_REGISTER_KEYS.filter((k) => k !== 'members').sort());
    if (cliDocWithRegisters(doc) !== doc)
      expect.fail('docs/cli.md lists the registers otherwise: run npm run gen:api');
  });
});
