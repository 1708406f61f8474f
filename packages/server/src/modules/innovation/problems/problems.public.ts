import type { Db } from '../../../db/db.ts';
import type { Clock } from '../../../shared/clock.ts';
import { todayInChina } from '../../../shared/dates.ts';
import { recordAudit } from '../../audit/index.ts';
import { claimRequest } from '../../onboarding/index.ts';
import { checkPhone, type IdProtector } from '../../people/index.ts';
import { addCounts } from '../../reporting/index.ts';
import { problemErrors } from '../innovation.errors.ts';
import { problemWords } from './problems.match.ts';
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

export interface PublicProblemInput {
  orgId: number;
  poster: string;
  contactName: string;
  contactPhone: string;
  title: string;
  description: string;
  industry?: string;
  region?: string;
  fundingFen?: number;
  deadline?: string;
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
      await claimRequest(db, ids.hash(`problem-ip:${ip}`), PUBLIC_PROBLEMS_PER_ADDRESS);
      return db.tx(async (sql) => {
        const id = await insertPublicProblem(sql, {
          orgId: input.orgId,
          title: input.title.trim(),
          description: input.description.trim(),
          industry: input.industry?.trim() || null,
          region: input.region?.trim() || null,
          poster: input.poster.trim(),
          contactName: input.contactName.trim(),
          contactPhone: input.contactPhone,
          fundingFen: input.fundingFen ?? 0,
          deadline: input.deadline ?? null,
          words: problemWords(`${input.title} ${input.description}`),
          postedOn: today,
        });
        await addCounts(sql, [
          { subject: 'innovation.problems', orgId: input.orgId, on: today, dim: 'posted', n: 1 },
        ]);
        await recordAudit(sql, null, {
          action: 'problem.create',
          entity: 'problem',
          entityId: id,
          orgId: input.orgId,
          after: { title: input.title, poster: input.poster, source: 'public' },
        });
        return { id, status: 'submitted' as const, orgName: union.name };
      });
    },
  };
}

export type PublicProblemsService = ReturnType<typeof createPublicProblemsService>;
