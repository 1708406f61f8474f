import { describe, expect, it } from 'vitest';
import mwEn from '../../i18n/modelworkers.en.json';
import mwZh from '../../i18n/modelworkers.zh.json';
import { testI18n } from '../../i18n/test-i18n.ts';
import { honourTitleError } from './HonourFields.tsx';

const i18n = testI18n({ zh: mwZh, en: mwEn });

describe('a title row left without its 荣誉称号 (trial 44)', () => {
  it('says so under the box once saving was tried, in both languages, where the box turned red with no words', () => {
    expect(honourTitleError(i18n.getFixedT('zh'), { title: '  ' }, true)).toBe('请填写荣誉称号');
    expect(honourTitleError(i18n.getFixedT('en'), { title: '' }, true)).toBe('Title is required');
  });

  it('says nothing before saving is tried, or once the title is given', () => {
    expect(honourTitleError(i18n.getFixedT('zh'), { title: '' }, false)).toBeNull();
    expect(honourTitleError(i18n.getFixedT('zh'), { title: '北京市劳动模范' }, true)).toBeNull();
  });
});
