import PDFDocument from 'pdfkit';
import qrcode from 'qrcode-generator';
import { requireCjkFont } from '../../shared/cjk-font.ts';

/** 85.6 × 54 mm (ISO/IEC 7810 ID-1) in points. */
const W = (85.6 / 25.4) * 72;
const H = (54 / 25.4) * 72;

export interface PrintedCard {
  name: string;
  unionName: string;
  memberNo: string;
  joinedOn: string;
  token: string;
  photo: { mime: string; bytes: Buffer } | null;
}

/** The printed member card: the front with the member's particulars, the back with the card's code. */
export function renderCardPdf(card: PrintedCard): Promise<Buffer> {
  const font = requireCjkFont('CARD_FONT_MISSING');
  const doc = new PDFDocument({ size: [W, H], margin: 0, info: { Title: `工会会员卡 ${card.name}` } });
  doc.registerFont('cjk', font.file, font.name);
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));

  // front
  doc.rect(0, 0, W, H).fill('#ffffff');
  doc.rect(0, 0, W, 30).fill('#b22222');
  doc
    .font('cjk')
    .fillColor('#ffffff')
    .fontSize(13)
    .text('工会会员卡', 12, 9, { width: W - 24 });
  doc.fontSize(7).text('MEMBER CARD', 12, 11, { width: W - 24, align: 'right' });
  const photoW = 52;
  const photoH = 66;
  const px = W - photoW - 12;
  const py = 40;
  let placed = false;
  if (card.photo) {
    try {
      doc.image(Buffer.from(card.photo.bytes), px, py, {
        fit: [photoW, photoH],
        align: 'center',
        valign: 'center',
      });
      placed = true;
    } catch {
      // a photo the PDF library cannot read leaves the frame empty rather than failing the card
    }
  }
  if (!placed) doc.rect(px, py, photoW, photoH).lineWidth(0.5).stroke('#999999');
  doc
    .fillColor('#000000')
    .fontSize(14)
    .text(card.name, 12, 42, { width: px - 20 });
  doc.fontSize(7.5).fillColor('#333333');
  doc.text(card.unionName, 12, 64, { width: px - 20 });
  doc.text(`会员号  ${card.memberNo}`, 12, 94, { width: px - 20 });
  doc.text(`入会日期  ${card.joinedOn}`, 12, 106, { width: px - 20 });
  doc
    .fontSize(6)
    .fillColor('#777777')
    .text('本卡仅限本人使用；转会或退会后失效', 12, H - 16, { width: W - 24 });

  // back: the code, drawn module by module
  doc.addPage({ size: [W, H], margin: 0 });
  const qr = qrcode(0, 'M');
  qr.addData(card.token);
  qr.make();
  const n = qr.getModuleCount();
  const side = H - 24;
  const cell = side / n;
  const ox = 12;
  const oy = 12;
  doc.fillColor('#000000');
  for (let r = 0; r < n; r += 1)
    for (let c = 0; c < n; c += 1) if (qr.isDark(r, c)) doc.rect(ox + c * cell, oy + r * cell, cell, cell);
  doc.fill();
  doc.font('cjk').fontSize(7).fillColor('#333333');
  const tx = ox + side + 10;
  doc.text('工作人员扫码核验会员身份。', tx, 20, { width: W - tx - 10 });
  doc.text('本卡与会员关系绑定，会员关系变更后需重新打印。', tx, 46, { width: W - tx - 10 });
  doc.text(card.unionName, tx, H - 30, { width: W - tx - 10 });
  doc.end();
  return done;
}
