import { renderCertificatePdf, zhDate } from '../../shared/cjk-font.ts';
import type { DonationRow } from './donations.repository.ts';

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
export function renderAcknowledgement(x: DonationRow): Promise<Buffer> {
  const frame = {
    title: '捐赠证书',
    numberLine: `编号：JZ${String(x.id).padStart(8, '0')}`,
    frameColour: '#b22222',
    fontMissingCode: 'DONATION_FONT_MISSING',
  };
  return renderCertificatePdf(frame, (doc, { width, height }) => {
    doc.moveDown(1.5).fillColor('#000').fontSize(18).text(`${x.donorName}：`);
    doc.moveDown(0.5).fontSize(15);
    doc.text(`感谢您于 ${zhDate(x.receivedOn)} 向${x.orgName}捐赠${giftText(x)}。`, {
      indent: 30,
      lineGap: 8,
    });
    doc.text('您的爱心善举，将用于服务和帮扶广大职工。特发此证，以致谢忱！', { indent: 30, lineGap: 8 });
    doc.fontSize(15).text(x.orgName, 56, height - 150, { align: 'right', width: width - 112 });
    doc.text(zhDate(x.receivedOn), { align: 'right', width: width - 112 });
  });
}
