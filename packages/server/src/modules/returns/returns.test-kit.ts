import { openTestContext } from '../../../test/factories.ts';
import type { Clock } from '../../shared/clock.ts';
import { createFillingService } from './returns.filling.ts';
import type { FormTable, ReturnForm } from './returns.form.ts';
import type { ReturnInput } from './returns.issuing.ts';
import { createReturnsService } from './returns.service.ts';
import { createReturnTablesService } from './returns.table.ts';

/** A fresh test database, a context on it, and the returns services that decide by `clock`. */
export async function openReturnsWorld(clock: Clock) {
  const { db, ctx: t } = await openTestContext();
  return {
    db,
    t,
    returns: createReturnsService(db, clock),
    filling: createFillingService(db, clock),
    tables: createReturnTablesService(db, clock),
  };
}

export type ReturnsWorld = Awaited<ReturnType<typeof openReturnsWorld>>;

/** A fixed table of the test forms: members under and over 35, counted. */
export const AGE_TABLE: FormTable = {
  key: 'age',
  label: '年龄结构',
  rows: [
    { key: 'young', label: '35岁以下' },
    { key: 'old', label: '35岁及以上' },
  ],
  columns: [{ key: 'n', label: '人数', type: 'int', unit: '人' }],
};

/** A return on 2025 asked of the grassroots unions (level 4) by 13 March 2026; `over` changes any of it. */
export function yearReturn(title: string, form: ReturnForm, over: Partial<ReturnInput> = {}): ReturnInput {
  return {
    title,
    periodKind: 'year',
    periodFrom: '2025-01-01',
    periodTo: '2025-12-31',
    targetLevel: 4,
    deadline: '2026-03-13',
    form,
    ...over,
  };
}
