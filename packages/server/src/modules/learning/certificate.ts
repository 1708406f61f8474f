import { renderCertificatePdf, zhDate } from '../../shared/cjk-font.ts';

const LEVEL_ZH = { national: '全国', provincial: '省级', district: '区县级', enterprise: '企业' } as const;

export interface CertificateFacts {
  number: string;
  siteName: string;
  level: keyof typeof LEVEL_ZH;
  startsOn: string;
  endsOn: string;
  seats: number;
  courses: { title: string }[];
  resources: { title: string }[];
  issuer: string;
}

/** The printable digital-resource licence certificate (数字资源授权证书), one A4 landscape page. */
export function renderCertificate(c: CertificateFacts): Promise<Buffer> {
  const frame = {
    title: '数字资源授权证书',
    numberLine: `证书编号：${c.number}`,
    frameColour: '#b8860b',
    fontMissingCode: 'LEARNING_FONT_MISSING',
  };
  return renderCertificatePdf(frame, (doc, { width, height }) => {
    doc.moveDown(1.5).fillColor('#000').fontSize(16);
    doc.text(`${c.siteName}（${LEVEL_ZH[c.level]}示范点）：`, { align: 'left' });
    doc.moveDown(0.5).fontSize(14);
    doc.text(
      `经全国产业工人学习社区“四级联动”示范点签约，授权贵单位在 ${zhDate(c.startsOn)} 至 ${zhDate(c.endsOn)} 期间，` +
        `为 ${c.seats} 名职工使用下列数字资源开展学习：`,
      { indent: 28, lineGap: 6 },
    );
    doc.moveDown(0.5).fontSize(12);
    const items = [
      ...c.courses.map((x) => `课程：${x.title}`),
      ...c.resources.map((x) => `资源：${x.title}`),
    ];
    const shown = items.slice(0, 12);
    for (const line of shown) doc.text(`· ${line}`, { indent: 40 });
    if (items.length > shown.length) doc.text(`……等共 ${items.length} 项`, { indent: 40 });
    doc.fontSize(14).text(c.issuer, 56, height - 150, { align: 'right', width: width - 112 });
    doc.text('全国产业工人学习社区', { align: 'right', width: width - 112 });
    doc.text(zhDate(c.startsOn), { align: 'right', width: width - 112 });
  });
}
