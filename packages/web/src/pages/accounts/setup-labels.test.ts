/** /setup's labels point at their inputs: clicking one focuses the field, and a screen reader names it. */
import { Form } from 'antd';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import accountsEn from '../../i18n/accounts.en.json';
import accountsZh from '../../i18n/accounts.zh.json';
import { testI18n } from '../../i18n/test-i18n.ts';
import { SetupFields } from './SetupPage.tsx';

describe('the set-up form', () => {
  it('labels each of its five inputs, every label pointing at an element that is there', () => {
    const i18n = testI18n({ zh: accountsZh, en: accountsEn });
    const html = renderToString(
      createElement(I18nextProvider, { i18n }, createElement(Form, null, createElement(SetupFields))),
    );
    const targets = [...html.matchAll(/<label[^>]* for="([^"]+)"/g)].map((m) => m[1]);
    const ids = new Set([...html.matchAll(/<input[^>]* id="([^"]+)"/g)].map((m) => m[1]));
    expect(targets).toEqual([
      'setup-token',
      'setup-username',
      'setup-name',
      'setup-password',
      'setup-password2',
    ]);
    for (const target of targets) expect(ids, target).toContain(target);
  });
});
