import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import careEn from '../../i18n/care.en.json';
import careZh from '../../i18n/care.zh.json';
import { testI18n } from '../../i18n/test-i18n.ts';
import type { VisitDetail } from './care-api.ts';
import { VisitEdits, VisitFacts } from './VisitDrawer.tsx';

/** A past visit brought in from a 送温暖 ledger, its 备注 as the ledger wrote it. */
const pastVisit = (note: string | null): VisitDetail => ({
  visit: {
    id: 7,
    campaignId: null,
    campaign: null,
    orgId: 3,
    orgName: '青石县柳林镇总工会',
    recipientKind: 'person',
    personId: 12,
    recipient: '吴德明',
    people: 1,
    visitedOn: '2026-01-26',
    visitors: '张主席、李干事',
    note,
    goods: [],
    goodsWritten: '米一袋、油一桶',
    grantFen: 120000,
    confirmedAt: null,
    confirmedHow: null,
    createdAt: '2026-11-30T09:30:00+08:00',
  },
  grant: null,
  photos: [],
  correctable: true,
  edits: [],
});

const facts = (d: VisitDetail, lng: 'zh' | 'en' = 'zh') => {
  const i18n = testI18n({ zh: careZh, en: careEn });
  void i18n.changeLanguage(lng);
  return renderToString(createElement(I18nextProvider, { i18n }, createElement(VisitFacts, { d })));
};

describe("a visit's facts in its drawer", () => {
  it("shows the visit's note, which the ledger gave and the export writes, not only the export", () => {
    const html = facts(pastVisit('困难职工，节前重点走访'));
    expect(html).toContain('备注');
    expect(html).toContain('困难职工，节前重点走访');
    expect(facts(pastVisit('困难职工'), 'en')).toContain('Note');
    // no note: a dash under its label
    expect(facts(pastVisit(null))).toMatch(/data-testid="care-visit-note">—</);
  });
});

describe("a corrected visit's history", () => {
  it('names each field as the drawer does and the grant in yuan', () => {
    const i18n = testI18n({ zh: careZh, en: careEn });
    const edits: VisitDetail['edits'] = [
      {
        id: 1,
        at: '2026-11-30T02:00:00Z',
        byName: '柳林镇工会',
        changes: [
          { field: 'grantFen', from: 120000, to: 150000 },
          { field: 'goodsWritten', from: null, to: '米一袋' },
          { field: 'unitName', from: '柳林机械厂', to: '柳林机械有限公司' },
        ],
      },
    ];
    const html = renderToString(
      createElement(I18nextProvider, { i18n }, createElement(VisitEdits, { edits })),
    );
    expect(html).toContain('1,200.00');
    expect(html).toContain('1,500.00');
    expect(html).toContain('一次性慰问金');
    expect(html).toContain('慰问物资');
    expect(html).toContain('单位名称');
    expect(html).not.toMatch(/grantFen|goodsWritten|unitName/);
  });
});
