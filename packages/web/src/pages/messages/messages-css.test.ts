import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const HERE = dirname(fileURLToPath(import.meta.url));

describe('the message pages’ stylesheet', () => {
  // messages.css reaches a page only through an import in the chunk the page loads: the staff list, leaning on the
  // phone page's import, showed its titles as grey native buttons when /messages was opened first
  it('is imported by every page using its msg- classes', () => {
    const pages = readdirSync(HERE).filter((f) => f.endsWith('.tsx'));
    const using = pages.filter((f) => /className=["{][^>]*\bmsg-/.test(readFileSync(join(HERE, f), 'utf8')));
    expect(using).toContain('MessagesPage.tsx');
    const missing = using.filter(
      (f) => !readFileSync(join(HERE, f), 'utf8').includes("import './messages.css';"),
    );
    expect(missing).toEqual([]);
  });
});
