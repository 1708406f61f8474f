import { describe, expect, it } from 'vitest';
import { payeeLine } from './payee.ts';

const union = { personName: null, orgName: '杨镇总工会' };

describe('the ledger’s payee of an entry', () => {
  it('names the worker a visit’s grant is for beside the union paid', () => {
    expect(payeeLine({ ...union, about: '走访慰问：林诺娟' }, 'zh')).toBe('杨镇总工会（走访慰问：林诺娟）');
    expect(payeeLine({ ...union, about: '走访慰问：林诺娟' }, 'en')).toBe('杨镇总工会 (走访慰问：林诺娟)');
  });

  it('names the worker of a worker’s entry, the union of one saying nothing, a dash with neither', () => {
    expect(payeeLine({ ...union, personName: '吕磊一', about: null }, 'zh')).toBe('吕磊一');
    expect(payeeLine({ ...union, about: null }, 'zh')).toBe('杨镇总工会');
    expect(payeeLine({ personName: null, orgName: null }, 'zh')).toBe('—');
  });
});
