import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

/** What is worth compressing: text. Images and fonts are compressed already. */
const TEXT = /\.(js|css|html|svg|json)$/;

/**
 * Each text file of the build also as `.br` and `.gz` beside it, compressed once at build time at the highest
 * level, which the server sends to a browser that takes them (`preCompressed`): the phone pages' scripts, 1.8 MB
 * as built, reach a worker as about a third of that, whether or not a proxy in front compresses.
 */
export function precompress(): Plugin {
  return {
    name: 'gonghui-precompress',
    apply: 'build',
    writeBundle(options, bundle) {
      const dir = options.dir ?? 'dist';
      for (const name of Object.keys(bundle)) if (TEXT.test(name)) compressFile(join(dir, name));
    },
  };
}

/** Writes `file.br` and `file.gz`. */
export function compressFile(file: string) {
  const body = readFileSync(file);
  writeFileSync(`${file}.br`, brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
  writeFileSync(`${file}.gz`, gzipSync(body, { level: 9 }));
}
