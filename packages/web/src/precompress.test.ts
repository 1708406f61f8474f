import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { compressFile, precompress } from '../precompress.ts';

describe('the build compresses its text files once', () => {
  it('writes .br and .gz beside each script, style sheet and page, which read back as the file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gonghui-precompress-'));
    try {
      const script = `console.log(${JSON.stringify('职工'.repeat(500))});`;
      writeFileSync(join(dir, 'app-1a2b3c.js'), script);
      writeFileSync(join(dir, 'index.html'), '<!doctype html><title>工会</title>');
      writeFileSync(join(dir, 'logo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
      const plugin = precompress();
      const bundle = { 'app-1a2b3c.js': {}, 'index.html': {}, 'logo.png': {} };
      (plugin.writeBundle as (o: { dir: string }, b: object) => void)({ dir }, bundle);
      const br = readFileSync(join(dir, 'app-1a2b3c.js.br'));
      expect(brotliDecompressSync(br).toString()).toBe(script);
      expect(br.length).toBeLessThan(Buffer.byteLength(script) / 10);
      expect(gunzipSync(readFileSync(join(dir, 'index.html.gz'))).toString()).toContain('工会');
      // an image is compressed already: left alone
      expect(() => readFileSync(join(dir, 'logo.png.gz'))).toThrow();
      compressFile(join(dir, 'logo.png'));
      expect(gunzipSync(readFileSync(join(dir, 'logo.png.gz')))).toEqual(readFileSync(join(dir, 'logo.png')));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
