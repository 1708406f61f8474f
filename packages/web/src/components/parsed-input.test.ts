import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { testI18n } from '../i18n/test-i18n.ts';
import { NumberInput } from './NumberInput.tsx';

const rendered = (style?: { width: number }) =>
  renderToString(
    createElement(
      I18nextProvider,
      { i18n: testI18n() },
      createElement(NumberInput, { value: 32, min: 1, max: 100, onChange: () => undefined, style }),
    ),
  );

describe('a number field', () => {
  it('is 180 px wide but never wider than its column, so a half-width field fits a phone', () => {
    expect(rendered()).toMatch(/style="[^"]*width:180px;max-width:100%/);
    // a page's own width still wins
    expect(rendered({ width: 120 })).toMatch(/style="[^"]*width:120px;max-width:100%/);
  });
});
