import { loadPdfKit, requireCjkFont } from '../../shared/cjk-font.ts';
import type { DonationRow } from './donations.repository.ts';

const zhDate = (d: string) => `${d.slice(0, 4)}年${Number(d.slice(5, 7))}月${Number(d.slice(8, 10))}日`;

/** ¥1,280,000.00 as 人民币1,280,000.00元. */
const zhYuan = (fen: number) =>
  `人民币${(fen / 100).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}元`;

/** What the donation was, in the words of the acknowledgement. */
export function giftText(
  x: Pick<DonationRow, 'kind' | 'amountFen' | 'item' | 'quantity' | 'unit' | 'fundName'>,
) {
  if (x.kind === 'money')
    return x.fundName ? `${zhYuan(x.amountFen)}，用于“${x.fundName}”` : zhYuan(x.amountFen);
  const goods = `${x.item}${x.quantity}${x.unit}`;
  return x.amountFen ? `${goods}（价值${zhYuan(x.amountFen)}）` : goods;
}

/** The acknowledgement of a donation (捐赠证书), one A4 landscape page, issued by the receiving union. */
export async function renderAcknowledgement(x: DonationRow): Promise<Buffer> {
  const font = requireCjkFont('DONATION_FONT_MISSING');
  const PDFDocument = await loadPdfKit();
  const doc = new PDFDocument({ size: 'A4', layout: 'landscape', margin: 56, info: { Title: '捐赠证书' } });
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
    .strokeColor('#b22222')
    .rect(28, 28, width - 56, height - 56)
    .stroke();
  doc
    .lineWidth(1)
    .rect(38, 38, width - 76, height - 76)
    .stroke();
  doc.font('cjk').fillColor('#8b0000').fontSize(34).text('捐赠证书', 56, 80, { align: 'center' });
  doc
    .fillColor('#333')
    .fontSize(12)
    .text(`编号：JZ${String(x.id).padStart(8, '0')}`, { align: 'center' });
  doc.moveDown(1.5).fillColor('#000').fontSize(18).text(`${x.donorName}：`);
  doc.moveDown(0.5).fontSize(15);
  doc.text(`感谢您于 ${zhDate(x.receivedOn)} 向${x.orgName}捐赠${giftText(x)}。`, { indent: 30, lineGap: 8 });
  doc.text('您的爱心善举，将用于服务和帮扶广大职工。特发此证，以致谢忱！', { indent: 30, lineGap: 8 });
  doc.fontSize(15).text(x.orgName, 56, height - 150, { align: 'right', width: width - 112 });
  doc.text(zhDate(x.receivedOn), { align: 'right', width: width - 112 });
  doc.end();
  return done;
}
