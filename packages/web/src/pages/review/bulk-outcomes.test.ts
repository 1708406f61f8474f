import { describe, expect, it } from 'vitest';
import { bulkOutcomes } from './ApplicationQueuePage.notices.tsx';

const missing = {
  zh: '终审批准前须提交或免除以下材料：证书扫描件',
  en: 'Required before final approval: certificate scan',
};
const rows = [
  { id: 677, personName: '顾旭玉' },
  { id: 676, personName: '陶俊华' },
];

describe('a bulk decision on the review queue, as the page says it', () => {
  it('warns, not cheers, when nothing or only part was done, naming each applicant refused', () => {
    const none = bulkOutcomes(
      [
        { id: 677, ok: false, code: 'APPLICATION_EVIDENCE_MISSING', message: missing },
        { id: 676, ok: false, code: 'APPLICATION_EVIDENCE_MISSING', message: missing },
      ],
      rows,
      false,
    );
    expect(none.tone).toBe('warning');
    expect(none.ok).toBe(0);
    expect(none.outcomes[0]).toEqual({ id: 677, name: '顾旭玉', ok: false, message: missing.zh });
    const part = bulkOutcomes(
      [
        { id: 677, ok: true },
        { id: 676, ok: false, message: missing },
      ],
      rows,
      true,
    );
    expect([part.tone, part.ok]).toEqual(['warning', 1]);
    expect(part.outcomes[1]).toMatchObject({ name: '陶俊华', message: missing.en });
  });

  it('cheers when every one was done; a row gone from the page is named by its number only', () => {
    const all = bulkOutcomes(
      [
        { id: 677, ok: true },
        { id: 9, ok: true },
      ],
      rows,
      false,
    );
    expect([all.tone, all.ok]).toEqual(['success', 2]);
    expect(all.outcomes[1]).toMatchObject({ id: 9, name: undefined });
  });
});
