import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { AUDIT_ACTIONS, AUDIT_ENTITIES } from '../../../../server/src/modules/audit/audit.vocabulary.ts';
import { en } from '../../i18n/en.ts';
import { programsEn } from '../../i18n/programs.en.ts';
import { programsZh } from '../../i18n/programs.zh.ts';
import { zh } from '../../i18n/zh.ts';
import { auditValue } from './AuditChanges.tsx';
import { actionLabel, entityLabel, fieldLabel } from './audit-labels.ts';

const i18n = i18next.createInstance();
void i18n.init({
  resources: { zh: { translation: { ...zh, ...programsZh } }, en: { translation: { ...en, ...programsEn } } },
  lng: 'zh',
  initAsync: false,
  interpolation: { escapeValue: false },
});

describe('the audit log speaks in words', () => {
  it('every action and object type the server writes has a label in both languages', () => {
    for (const a of AUDIT_ACTIONS) {
      expect(actionLabel(a, 'zh')).not.toMatch(/[a-z_.]{3}/);
      expect(actionLabel(a, 'en')).not.toContain('.');
    }
    for (const e of AUDIT_ENTITIES) expect(entityLabel(e, 'zh')).not.toMatch(/[a-z_]/);
    expect(actionLabel('something.new', 'zh')).toBe('其他操作');
  });

  it('changed values read as a clerk would say them', () => {
    const t = i18n.getFixedT('zh');
    expect(fieldLabel('budgetFen', 'zh')).toBe('预算');
    expect(auditValue(t, 'program', 'budgetFen', 1234500)).toBe('¥12,345.00');
    expect(auditValue(t, 'program', 'status', 'draft')).toBe('草稿');
    expect(auditValue(t, 'program', 'intakeModes', ['apply'])).toBe('职工申请');
    expect(auditValue(t, 'user', 'isActive', false)).toBe('否');
    expect(auditValue(t, 'org', 'shortName', null)).toBe('（空）');
    expect(auditValue(t, 'org', 'viceChairs', ['张三', '李四'])).toBe('张三、李四');
    expect(auditValue(i18n.getFixedT('en'), 'org', 'committee', { chair: '王五', term: 3 })).toBe(
      'Chair: 王五; Term: 3',
    );
  });
});
