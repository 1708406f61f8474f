import { existsSync } from 'node:fs';
import { AppError } from './errors.ts';

/**
 * The CJK font printed documents (certificates, acknowledgements) are set in: Noto Serif CJK from the Debian
 * package fonts-noto-cjk (installed by .ci/run). GONGHUI_CJK_FONT names another font file (.ttc/.otf/.ttf);
 * GONGHUI_CJK_FONT_NAME the face in a .ttc.
 */
const FONT_FILE = process.env.GONGHUI_CJK_FONT || '/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc';
const FONT_NAME =
  process.env.GONGHUI_CJK_FONT_NAME || (FONT_FILE.endsWith('.ttc') ? 'NotoSerifCJKsc-Regular' : '');

/**
 * The font file and face to register with pdfkit; a bilingual 409 under `code` when the server lacks it, so
 * the user learns that a package is missing rather than that the document failed.
 */
export function requireCjkFont(code: string): { file: string; name: string | undefined } {
  if (!existsSync(FONT_FILE))
    throw new AppError(
      'conflict',
      code,
      {
        zh: `服务器缺少中文字体（${FONT_FILE}），无法生成文件。请安装 Debian 软件包 fonts-noto-cjk，或用 GONGHUI_CJK_FONT 指定字体文件`,
        en: `The server lacks a Chinese font (${FONT_FILE}) to print the document. Install the Debian package fonts-noto-cjk, or name a font file in GONGHUI_CJK_FONT`,
      },
      { font: FONT_FILE },
    );
  return { file: FONT_FILE, name: FONT_NAME || undefined };
}

/** pdfkit, loaded when a document is first printed rather than at every start (≈ 0.3 s of CPU). */
export async function loadPdfKit(): Promise<typeof import('pdfkit')> {
  return (await import('pdfkit')).default;
}
