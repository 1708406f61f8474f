import { describe, expect, it } from 'vitest';
import activitiesEn from '../../i18n/activities.en.json';
import activitiesZh from '../../i18n/activities.zh.json';
import { testI18n } from '../../i18n/test-i18n.ts';
import { rosterPersonColumns } from './ActivityPage.roster.tsx';

type Row = { personName: string; orgName: string };

/** The header of the roster's column showing each member's union, in the language asked. */
function unionHeader(lng: 'zh' | 'en') {
  const i18n = testI18n({ zh: activitiesZh, en: activitiesEn });
  void i18n.changeLanguage(lng);
  const column = rosterPersonColumns<Row>(i18n.t).find((c) => 'dataIndex' in c && c.dataIndex === 'orgName');
  return column?.title;
}

describe("an activity's roster", () => {
  it('heads the union of each member as the member’s own union (所在工会), as its export does, not the organiser', () => {
    expect(unionHeader('zh')).toBe('所在工会');
    expect(unionHeader('en')).toBe("Member's union");
    expect(unionHeader('zh')).not.toBe(activitiesZh.act.field.union);
  });
});
