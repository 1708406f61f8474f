import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const html = readFileSync(new URL('../index.html', import.meta.url), 'utf8');

describe('the page before the app has loaded', () => {
  it('says it is loading, in Chinese and English, instead of an empty root', () => {
    const root = html.match(/<div id="root">([\s\S]*?)<\/div>\s*<\/div>/)?.[1] ?? '';
    expect(root).toContain('role="status"');
    expect(root).toContain('正在加载');
    expect(root).toContain('Loading');
  });
});
