import type { Actor } from '../../access/access.ts';
import type { Db } from '../../db/db.ts';
import type { Clock } from '../../shared/clock.ts';
import { AppError } from '../../shared/errors.ts';
import { recordAudit } from '../audit/index.ts';
import {
  findSecuritySettings,
  lockSecuritySettings,
  type SecuritySettings,
  updateSecuritySettings,
} from './security.repository.ts';

/** Each setting's allowed range (the schema says so too; the service keeps it for other callers). */
export const SETTING_RANGES: Record<keyof SecuritySettings, { min: number; max: number }> = {
  minLength: { min: 8, max: 64 },
  minClasses: { min: 2, max: 4 },
  historyCount: { min: 0, max: 24 },
  expiryDays: { min: 0, max: 365 },
  idleMinutes: { min: 5, max: 720 },
  maxSessions: { min: 0, max: 20 },
};

const LABELS: Record<keyof SecuritySettings, { zh: string; en: string }> = {
  minLength: { zh: '密码最短长度', en: 'Shortest password' },
  minClasses: { zh: '字符种类', en: 'Character classes' },
  historyCount: { zh: '不得重复的最近密码数', en: 'Recent passwords not to repeat' },
  expiryDays: { zh: '密码有效天数', en: 'Password lifetime in days' },
  idleMinutes: { zh: '无操作自动退出分钟数', en: 'Idle minutes before sign-out' },
  maxSessions: { zh: '同时在线会话数', en: 'Sessions at once' },
};

/** The staff account rules (ADR 82): read by anyone with `security.settings`, each change audited before/after. */
export function createSecuritySettingsService(db: Db, clock: Clock) {
  return {
    async getSettings(): Promise<SecuritySettings> {
      return findSecuritySettings(db);
    },

    async updateSettings(actor: Actor, input: SecuritySettings): Promise<SecuritySettings> {
      for (const key of Object.keys(SETTING_RANGES) as (keyof SecuritySettings)[]) {
        const { min, max } = SETTING_RANGES[key];
        const v = input[key];
        if (!Number.isInteger(v) || v < min || v > max) {
          throw new AppError(
            'invalid',
            'SECURITY_SETTING_OUT_OF_RANGE',
            {
              zh: `${LABELS[key].zh}须在${min}到${max}之间`,
              en: `${LABELS[key].en} must be between ${min} and ${max}`,
            },
            { field: key },
          );
        }
      }
      return db.tx(async (sql) => {
        const before = await lockSecuritySettings(sql);
        const after: SecuritySettings = {
          minLength: input.minLength,
          minClasses: input.minClasses,
          historyCount: input.historyCount,
          expiryDays: input.expiryDays,
          idleMinutes: input.idleMinutes,
          maxSessions: input.maxSessions,
        };
        await updateSecuritySettings(sql, after, clock());
        await recordAudit(sql, actor, {
          action: 'security_settings.update',
          entity: 'security_settings',
          entityId: 1,
          before,
          after,
        });
        return after;
      });
    },
  };
}

export type SecuritySettingsService = ReturnType<typeof createSecuritySettingsService>;
