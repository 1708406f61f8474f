import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestContext, type TestContext } from '../../../test/factories.ts';
import type { Db } from '../../db/db.ts';
import type { AppError } from '../../shared/errors.ts';
import { createOrgUnder } from './org.service.ts';

let db: Db;
let ctx: TestContext;

beforeAll(async () => {
  ({ db, ctx } = await openTestContext());
});
afterAll(async () => {
  await db.close();
});

describe('a top union without a parent', () => {
  it('is refused for any kind but a federation, in Chinese without English words inside', async () => {
    const err: AppError = await createOrgUnder(db, ctx.actor('admin', null), {
      name: `青山县总工会${ctx.unique()}`,
      kind: 'district',
    }).catch((e) => e);
    expect(err.code).toBe('ORG_PARENT_REQUIRED');
    expect(err.messages.zh).toBe('只有市总工会（最上级工会）可以没有上级工会，请选择上级工会');
    expect(err.messages.zh).not.toMatch(/[A-Za-z]/);
  });
});
