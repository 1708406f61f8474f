import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Actor } from '../../access/access.ts';
import type { Db, Sql } from '../../db/db.ts';
import { AppError } from '../../shared/errors.ts';
import { recordAudit } from '../audit/index.ts';
import { insertUser } from './auth.service.ts';

const hash = (token: string) => createHash('sha256').update(token).digest();

export async function hasAnyAccount(db: Sql): Promise<boolean> {
  const { rows } = await db.query<{ any: boolean }>('select exists (select 1 from users) as any');
  return rows[0].any;
}

/**
 * At start: with no account in the database, a fresh one-time set-up token (returned to be printed on the
 * console; only its hash is kept); otherwise null, and any old token is dropped.
 */
export async function prepareSetup(db: Db): Promise<string | null> {
  if (await hasAnyAccount(db)) {
    await db.query('delete from setup_token');
    return null;
  }
  const token = randomBytes(9).toString('base64url');
  await db.query(
    `insert into setup_token (id, token_hash) values (1, $1)
     on conflict (id) do update set token_hash = excluded.token_hash, created_at = now()`,
    [hash(token).toString('base64')],
  );
  return token;
}

export interface FirstAdmin {
  token: string;
  username: string;
  displayName: string;
  password: string;
}

const badToken = () =>
  new AppError('forbidden', 'SETUP_TOKEN_INVALID', {
    zh: '设置口令不正确，请查看服务器启动时输出的口令',
    en: 'Wrong set-up token; use the one the server printed when it started',
  });

/** Creates the first platform administrator with the console's token; refused once any account exists. */
export async function createFirstAdmin(db: Db, input: FirstAdmin, ip?: string): Promise<number> {
  return db.tx(async (sql) => {
    await sql.query('lock table setup_token in exclusive mode');
    const { rows } = await sql.query<{ tokenHash: string }>(
      'select token_hash as "tokenHash" from setup_token',
    );
    if (await hasAnyAccount(sql)) {
      throw new AppError('conflict', 'SETUP_DONE', {
        zh: '平台已完成初始设置，请直接登录',
        en: 'The platform is already set up; sign in',
      });
    }
    const expected = rows[0] ? Buffer.from(rows[0].tokenHash, 'base64') : null;
    if (!expected || !timingSafeEqual(expected, hash(input.token.trim()))) throw badToken();
    const id = await insertUser(sql, {
      username: input.username,
      displayName: input.displayName,
      password: input.password,
      roles: [{ role: 'admin', orgId: null }],
    });
    await sql.query('delete from setup_token');
    const actor: Actor = {
      userId: id,
      username: input.username,
      displayName: input.displayName,
      role: 'admin',
      orgId: null,
      scopePath: '/',
      personId: null,
      ip,
    };
    await recordAudit(sql, actor, { action: 'setup.first_admin', entity: 'user', entityId: id });
    return id;
  });
}
