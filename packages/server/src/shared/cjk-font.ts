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

/** A date as a certificate writes it: 2021年3月5日. */
export const zhDate = (d: string) =>
  `${d.slice(0, 4)}年${Number(d.slice(5, 7))}月${Number(d.slice(8, 10))}日`;

/** What frames every printed certificate: its title, its number line and the colour of its border. */
export interface CertificateFrame {
  title: string;
  /** The line under the title, e.g. 证书编号：SQ2021-0001. */
  numberLine: string;
  frameColour: string;
  /** The error code when the server has no Chinese font. */
  fontMissingCode: string;
}

/**
 * One A4 landscape certificate (a licence, a donation's acknowledgement): a double border, the title and the
 * number line centred in the CJK font; `body` writes the rest below them and may use the page's size.
 */
export async function renderCertificatePdf(
  frame: CertificateFrame,
  body: (doc: PDFKit.PDFDocument, page: { width: number; height: number }) => void,
): Promise<Buffer> {
  const font = requireCjkFont(frame.fontMissingCode);
  const PDFDocument = await loadPdfKit();
  const doc = new PDFDocument({ size: 'A4', layout: 'landscape', margin: 56, info: { Title: frame.title } });
  const chunks: Buffer[] = [];
  doc.on('data', (b: Buffer) => chunks.push(b));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.registerFont('cjk', font.file, font.name);
  const { width, height } = doc.page;
  doc
    .lineWidth(3)
    .strokeColor(frame.frameColour)
    .rect(28, 28, width - 56, height - 56)
    .stroke();
  doc
    .lineWidth(1)
    .rect(38, 38, width - 76, height - 76)
    .stroke();
  doc.font('cjk').fillColor('#8b0000').fontSize(34).text(frame.title, 56, 80, { align: 'center' });
  doc.fillColor('#333').fontSize(12).text(frame.numberLine, { align: 'center' });
  body(doc, { width, height });
  doc.end();
  return done;
}
