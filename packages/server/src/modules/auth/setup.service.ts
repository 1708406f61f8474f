import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Actor } from '../../access/access.ts';
import type { Db, Sql } from '../../db/db.ts';
import { AppError } from '../../shared/errors.ts';
import { recordAudit } from '../audit/index.ts';
import {
  deleteSetupToken,
  findHeldAdministratorRoles,
  hasAnyUser,
  lockSetupTokenHashes,
  saveSetupTokenHash,
} from './auth.repository.ts';
import { insertUser } from './auth.service.ts';
import { checkStaffPassword } from './password-policy.ts';
import { findSecuritySettings } from './security.repository.ts';

const hash = (token: string) => createHash('sha256').update(token).digest();

/** Whether any account exists: the set-up page is offered only while none does. */
export async function hasAnyAccount(sql: Sql): Promise<boolean> {
  return hasAnyUser(sql);
}

/**
 * At start: with no account in the database, a fresh one-time set-up token (returned to be printed on the
 * console; only its hash is kept, beside the tokens other processes printed); otherwise null, and any old token is
 * dropped.
 */
export async function prepareSetup(db: Db): Promise<string | null> {
  if (await hasAnyAccount(db)) {
    await deleteSetupToken(db);
    return null;
  }
  const token = randomBytes(9).toString('base64url');
  await saveSetupTokenHash(db, hash(token).toString('base64'));
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
    const tokenHashes = await lockSetupTokenHashes(sql);
    if (await hasAnyAccount(sql)) {
      throw new AppError('conflict', 'SETUP_DONE', {
        zh: '平台已完成初始设置，请直接登录',
        en: 'The platform is already set up; sign in',
      });
    }
    const given = hash(input.token.trim());
    // every token printed opens it (one per process started): each compared in constant time
    const matches = tokenHashes.filter((h) => timingSafeEqual(Buffer.from(h, 'base64'), given));
    if (matches.length === 0) throw badToken();
    // the administrator's password keeps the staff rules from the start (ADR 82)
    checkStaffPassword(input.password, input.username, await findSecuritySettings(sql));
    const id = await insertUser(sql, {
      username: input.username,
      displayName: input.displayName,
      password: input.password,
      roles: [{ role: 'admin', orgId: null }],
    });
    await deleteSetupToken(sql);
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

/**
 * The administrators besides the system administrator that no account has held yet (三员分立, ADR 78): the first-run
 * wizard asks for them, and the home page reminds the system administrator until both exist. Once one has, its
 * successors are the operator's (ADR 148).
 */
export async function findMissingAdministrators(sql: Sql): Promise<('security_admin' | 'audit_admin')[]> {
  const held = await findHeldAdministratorRoles(sql);
  return (['security_admin', 'audit_admin'] as const).filter((r) => !held.includes(r));
}
