import { describe, expect, it } from 'vitest';
import { applicantLine } from './applicant.ts';

const union = { personName: null, applicantOrgId: 3, orgName: '杨镇总工会' };

describe('the queue’s 申请人 of an application', () => {
  it('names the worker a visit’s grant is for, where the union applied for it', () => {
    expect(applicantLine({ ...union, note: '走访慰问：林诺娟' })).toBe('走访慰问：林诺娟');
  });

  it('names the worker of a worker’s application, and the union of a union’s with nothing said', () => {
    expect(applicantLine({ ...union, personName: '吕磊一', note: '走访慰问：林诺娟' })).toBe('吕磊一');
    expect(applicantLine({ ...union, note: null })).toBe('杨镇总工会');
    expect(applicantLine({ ...union, note: '  ' })).toBe('杨镇总工会');
    expect(applicantLine({ ...union, applicantOrgId: null, note: null })).toBeNull();
  });
});
