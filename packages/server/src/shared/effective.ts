import { type Actor, can } from '../access/access.ts';
import { parseDateText, todayInChina } from './dates.ts';
import { AppError, type Bilingual, invalid } from './errors.ts';

/**
 * The day a decision happened (its effective day), kept apart from the moment it was entered: a union bringing
 * its past in records a 2020 approval in 2026. A decision's timestamp column (decided_at, paid_at, a ledger
 * entry's created_at …) holds the moment it took effect: now for a decision of today, the start of the day in
 * China (00:00 UTC+8) for a past day. The moment it was entered stays in the audit log and the event's `at`
 * (ADR 40).
 */
export interface EffectiveDay {
  /** 'YYYY-MM-DD', China time. */
  day: string;
  /** The moment to store: now when `day` is today, else the start of `day` in China. */
  at: Date;
  /** A day before today: recorded after the fact (补录). */
  backdated: boolean;
}

/** An earlier fact a decision may not precede, named for the error ("申请日期", "the application date"). */
export interface NotBefore {
  day: string | null | undefined;
  name: Bilingual;
}

/** The start of a China calendar day as an instant. */
export const chinaDayStart = (day: string) => new Date(`${day}T00:00:00+08:00`);

/** The China calendar day of an instant. */
export const chinaDayOf = (at: Date | string) => todayInChina(new Date(at));

/**
 * Checks the effective day of a decision named `what` ("批准", "approval"): a real date, not in the future, not
 * before any of `notBefore`, and a past day only for a role holding `history.backdate`. Each refusal names both
 * dates, in Chinese and English. `effectiveOn` absent means the day of `now` (the service's clock).
 */
export function effectiveDay(
  actor: Actor,
  effectiveOn: string | null | undefined,
  what: Bilingual,
  notBefore: NotBefore[] = [],
  { field = 'effectiveOn', now }: { field?: string; now: Date },
): EffectiveDay {
  const today = todayInChina(now);
  const day = effectiveOn ?? today;
  if (parseDateText(day) !== day) {
    throw invalid(
      'EFFECTIVE_DATE_INVALID',
      { zh: `${what.zh}日期「${day}」不是有效日期`, en: `The ${what.en} date "${day}" is not a valid date` },
      { field },
    );
  }
  if (day > today) {
    throw invalid(
      'EFFECTIVE_IN_FUTURE',
      {
        zh: `${what.zh}日期 ${day} 晚于今天（${today}），不能记录未来的日期`,
        en: `The ${what.en} date ${day} is after today (${today}); a future date cannot be recorded`,
      },
      { field, day, today },
    );
  }
  for (const before of notBefore) {
    const earlier = before.day ? before.day.slice(0, 10) : null;
    if (earlier && day < earlier) {
      throw invalid(
        'EFFECTIVE_BEFORE_PRIOR',
        {
          zh: `${what.zh}日期 ${day} 早于${before.name.zh} ${earlier}`,
          en: `The ${what.en} date ${day} is before the ${before.name.en} ${earlier}`,
        },
        { field, day, notBefore: earlier },
      );
    }
  }
  const backdated = day < today;
  if (backdated && !can(actor, 'history.backdate')) {
    throw new AppError(
      'forbidden',
      'BACKDATE_DENIED',
      {
        zh: `您的角色不能补录历史日期（${what.zh}日期 ${day} 早于今天 ${today}）`,
        en: `Your role cannot record a past date (the ${what.en} date ${day} is before today, ${today})`,
      },
      { field, permission: 'history.backdate' },
    );
  }
  return { day, at: backdated ? chinaDayStart(day) : now, backdated };
}
