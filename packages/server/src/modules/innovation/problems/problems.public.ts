import type { Db } from '../../../db/db.ts';
import type { Clock } from '../../../shared/clock.ts';
import { todayInChina } from '../../../shared/dates.ts';
import { claimRequest } from '../../onboarding/index.ts';
import { checkPhone, type IdProtector } from '../../people/index.ts';
import { problemErrors } from '../innovation.errors.ts';
import { type PostedProblemForm, postedProblemColumns, recordProblemPosted } from './problems.posting.ts';
import { findReceivingUnion, insertPublicProblem, listReceivingUnions } from './problems.repository.ts';

/**
 * The public page where an enterprise posts a front-line problem without signing in: it goes to the chosen
 * union (the federation, a district or an industry union) and waits for its staff's check like any other.
 * Rate-limited per address; links are refused; the contact person is shown only to that union's staff.
 */

/** Problems one address may post an hour. */
export const PUBLIC_PROBLEMS_PER_ADDRESS = 10;

/** Web and mail addresses: a public form carries no links. */
const LINK = /(https?:\/\/|www\.|[a-z0-9-]+\.(com|cn|net|org|top|xyz|info)\b|@[a-z0-9-]+\.)/i;

export interface PublicProblemInput extends PostedProblemForm {
  orgId: number;
  contactName: string;
  contactPhone: string;
}

export function createPublicProblemsService(db: Db, ids: IdProtector, clock: Clock) {
  return {
    /** The unions that receive problems: the federation and the district and industry unions; names only. */
    async listReceivingUnions() {
      return { items: await listReceivingUnions(db) };
    },

    async submitProblem(input: PublicProblemInput, ip: string) {
      for (const field of ['poster', 'contactName', 'title', 'description', 'industry', 'region'] as const) {
        if (LINK.test(input[field] ?? '')) throw problemErrors.linkRefused(field);
      }
      checkPhone(input.contactPhone);
      const today = todayInChina(clock());
      if (input.deadline && input.deadline < today) throw problemErrors.deadlineBeforeToday(today);
      const union = await findReceivingUnion(db, input.orgId);
      if (!union) throw problemErrors.unionNotReceiving();
      await claimRequest(db, ids.hash(`problem-ip:${ip}`), PUBLIC_PROBLEMS_PER_ADDRESS, clock());
      return db.tx(async (sql) => {
        const id = await insertPublicProblem(sql, {
          orgId: input.orgId,
          ...postedProblemColumns(input),
          contactName: input.contactName.trim(),
          contactPhone: input.contactPhone,
          postedOn: today,
        });
        await recordProblemPosted(sql, null, {
          id,
          orgId: input.orgId,
          on: today,
          after: { title: input.title, poster: input.poster, source: 'public' },
        });
        return { id, status: 'submitted' as const, orgName: union.name };
      });
    },
  };
}

export type PublicProblemsService = ReturnType<typeof createPublicProblemsService>;
