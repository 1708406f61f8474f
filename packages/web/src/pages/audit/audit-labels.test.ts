import { describe, expect, it } from 'vitest';
import { AUDIT_ACTIONS, AUDIT_ENTITIES } from '../../../../server/src/modules/audit/audit.vocabulary.ts';
import { auditValue } from './AuditChanges.tsx';
import { actionLabel, entityLabel, fieldLabel } from './audit-labels.ts';

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
    expect(fieldLabel('budgetFen', 'zh')).toBe('预算');
    expect(auditValue('budgetFen', 1234500, 'zh')).toBe('¥12,345.00');
    expect(auditValue('isActive', false, 'zh')).toBe('否');
    expect(auditValue('shortName', null, 'zh')).toBe('（空）');
    expect(auditValue('viceChairs', ['张三', '李四'], 'zh')).toBe('张三、李四');
    expect(auditValue('committee', { chair: '王五', term: 3 }, 'en')).toBe('Chair: 王五; Term: 3');
  });
});
