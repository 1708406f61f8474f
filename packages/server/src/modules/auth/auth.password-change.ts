import type { Actor } from '../../access/access.ts';
import type { Db } from '../../db/db.ts';
import type { Clock } from '../../shared/clock.ts';
import { AppError } from '../../shared/errors.ts';
import { recordAudit } from '../audit/index.ts';
import { deleteOtherSessions } from './auth.repository.ts';
import { hashPassword, verifyPassword } from './password.ts';
import { checkPasswordHistory, checkPasswordPolicy, checkStaffPassword } from './password-policy.ts';
import {
  findSecuritySettings,
  insertPasswordHistory,
  isStaffAccount,
  listPasswordHistory,
} from './security.repository.ts';
import { findPasswordHash, setChangedPassword } from './users.repository.ts';

/**
 * The user replaces their own password; the current one must be given, and the other sessions end. A staff
 * account's new password keeps the security settings: length, character classes, none of the last N (ADR 82);
 * a worker's the general rules only. The change stamps the password's age by the service's clock.
 */
export async function changeOwnPassword(
  db: Db,
  clock: Clock,
  actor: Actor,
  keepTokenHash: string,
  current: string,
  next: string,
): Promise<void> {
  const currentHash = await findPasswordHash(db, actor.userId);
  if (!currentHash || !(await verifyPassword(current, currentHash))) {
    throw new AppError(
      'invalid',
      'WRONG_CURRENT_PASSWORD',
      {
        zh: '当前密码不正确',
        en: 'The current password is wrong',
      },
      { field: 'currentPassword' },
    );
  }
  if (current === next) {
    throw new AppError(
      'invalid',
      'PASSWORD_UNCHANGED',
      {
        zh: '新密码不能与当前密码相同',
        en: 'The new password must differ from the current one',
      },
      { field: 'newPassword' },
    );
  }
  const settings = await findSecuritySettings(db);
  const staff = await isStaffAccount(db, actor.userId);
  if (staff) {
    checkStaffPassword(next, actor.username, settings);
    const recent = await listPasswordHistory(db, actor.userId, settings.historyCount);
    await checkPasswordHistory(next, recent, settings.historyCount, verifyPassword);
  } else {
    checkPasswordPolicy(next, actor.username);
  }
  const hash = await hashPassword(next);
  const at = clock();
  await db.tx(async (sql) => {
    await setChangedPassword(sql, actor.userId, hash, at);
    // the current password counts among the last N even when it was set before the history was kept
    const kept = await listPasswordHistory(sql, actor.userId, 1);
    if (kept[0] !== currentHash)
      await insertPasswordHistory(sql, actor.userId, currentHash, at, settings.historyCount);
    await insertPasswordHistory(sql, actor.userId, hash, at, settings.historyCount);
    await deleteOtherSessions(sql, actor.userId, keepTokenHash);
    await recordAudit(sql, actor, {
      action: 'auth.change_password',
      entity: 'user',
      entityId: actor.userId,
    });
  });
}
