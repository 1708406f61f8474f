import { createElement, type ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { testI18n } from '../../i18n/test-i18n.ts';
import { Clip, submittedWhen, useQueueColumns } from './ApplicationQueuePage.columns.tsx';

const i18n = testI18n();

/** The queue's columns, as a page drawing them has them. */
let columns: ReturnType<typeof useQueueColumns> = [];
function Columns() {
  columns = useQueueColumns(false);
  return null;
}

describe('when an application was made, on the queue and its page', () => {
  it('says the day it was made, and the day entered, for one entered later — the day the desk counts from', () => {
    expect(
      submittedWhen(i18n.getFixedT('zh'), { appliedOn: '2021-12-01', createdAt: '2026-11-29T02:00:00Z' }),
    ).toBe('2021-12-01（2026-11-29 补录）');
    expect(
      submittedWhen(i18n.getFixedT('en'), { appliedOn: '2021-12-01', createdAt: '2026-11-29T02:00:00Z' }),
    ).toBe('2021-12-01 (recorded 2026-11-29)');
  });

  it('says the time it was sent for one made on the platform', () => {
    expect(
      submittedWhen(i18n.getFixedT('zh'), { appliedOn: '2026-11-29', createdAt: '2026-11-29T02:00:00Z' }),
    ).toMatch(/^2026-11-29 \d\d:00$/);
  });

  it('is read whole in a tooltip where the queue cuts it to one line (in English it is wider than its column)', () => {
    renderToStaticMarkup(createElement(Columns));
    const submitted = columns.at(-1) as {
      render: (v: string, row: unknown) => ReactElement<{ text: string }>;
    };
    const cell = submitted.render('', { appliedOn: '2021-12-01', createdAt: '2026-11-29T02:00:00Z' });
    expect(cell.type).toBe(Clip);
    expect(cell.props.text).toContain('2021-12-01');
  });
});
