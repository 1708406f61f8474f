/**
 * docs/cli.md's list of the registers `import <register>` brings in, written from each module's `cliRegisters` (its
 * `doc`): a register a module adds is documented from its own folder (`npm run gen:api` writes the list).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { MODULES } from '../modules.gen.ts';

export const CLI_DOC_FILE = fileURLToPath(new URL('../../../../docs/cli.md', import.meta.url));

const BEGIN =
  '<!-- registers: written by npm run gen:api from each module’s cliRegisters; do not edit by hand -->';
const END = '<!-- /registers -->';

/** The list as the document holds it: one line a register, in the order of the modules. */
export function registersDocList(): string {
  const lines = MODULES.flatMap((m) =>
    Object.entries(m.cliRegisters ?? {}).map(([key, r]) => `- \`${key}\` (${r.doc})`),
  );
  return `${BEGIN}\n${lines.join('\n')}\n${END}`;
}

/** The document with its list as the modules declare it now; the document as it is when it has no list. */
export function cliDocWithRegisters(doc: string): string {
  const from = doc.indexOf(BEGIN);
  const to = doc.indexOf(END);
  if (from < 0 || to < from) return doc;
  return doc.slice(0, from) + registersDocList() + doc.slice(to + END.length);
}

/** Writes docs/cli.md's list of registers; true when the file changed. */
export function writeCliRegistersDoc(): boolean {
  const doc = readFileSync(CLI_DOC_FILE, 'utf8');
  const fresh = cliDocWithRegisters(doc);
  if (fresh !== doc) writeFileSync(CLI_DOC_FILE, fresh);
  return fresh !== doc;
}
