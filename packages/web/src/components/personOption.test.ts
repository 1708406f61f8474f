import { describe, expect, it } from 'vitest';
import { testI18n } from '../i18n/test-i18n.ts';
import { memberOptionLabel } from './personOption.ts';

const i18n = testI18n();
const zhT = i18n.getFixedT('zh');
const enT = i18n.getFixedT('en');

describe("a member picker's option", () => {
  const one = {
    name: '王芳',
    orgName: '顺义区某公司工会',
    idMasked: '110105********1234',
    phone: '13952718406',
  };
  const other = { ...one, idMasked: '110105********5678', phone: '139 5271 0001' };

  it('tells two members of one name in one union apart by the masked ID number and the phone’s last four', () => {
    expect(memberOptionLabel(zhT, one)).toBe(
      '王芳（顺义区某公司工会，身份证 110105********1234，手机尾号 8406）',
    );
    expect(memberOptionLabel(zhT, other)).toBe(
      '王芳（顺义区某公司工会，身份证 110105********5678，手机尾号 0001）',
    );
    expect(memberOptionLabel(enT, one)).toBe(
      '王芳 (顺义区某公司工会, ID 110105********1234, phone ending 8406)',
    );
  });

  it('never shows more of the phone than its last four, and leaves it out when there is none', () => {
    expect(memberOptionLabel(zhT, one)).not.toContain('1395271');
    expect(memberOptionLabel(zhT, { ...one, phone: null, orgName: null })).toBe(
      '王芳（—，身份证 110105********1234）',
    );
    expect(memberOptionLabel(enT, { ...one, phone: null })).toBe(
      '王芳 (顺义区某公司工会, ID 110105********1234)',
    );
  });
});
