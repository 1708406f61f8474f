import { describe, expect, it } from 'vitest';
import { aside } from './aside.ts';

describe('a remark in brackets', () => {
  it('takes the brackets of the language', () => {
    expect(`任军鹏${aside(3, 'zh')}`).toBe('任军鹏（3）');
    expect(`任军鹏${aside(3, 'en')}`).toBe('任军鹏 (3)');
    expect(`100套${aside('value not stated', 'en')}`).toBe('100套 (value not stated)');
  });
});
