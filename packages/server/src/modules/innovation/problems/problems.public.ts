import type { Db } from '../../../db/db.ts';
import { todayInChina } from '../../../shared/dates.ts';
import { recordAudit } from '../../audit/index.ts';
import { claimRequest } from '../../onboarding/index.ts';
import { checkPhone, type IdProtector } from '../../people/index.ts';
import { addCounts } from '../../reporting/index.ts';
import { problemErrors } from '../innovation.errors.ts';
import { problemWords } from './problems.match.ts';

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

export function createPublicProblemsService(db: Db, ids: IdProtector) {
  return {
    /** The unions that receive problems: the federation and the district and industry unions; names only. */
    async listReceivingUnions() {
      const { rows } = await db.query<{ id: number; name: string }>(
        `select id, name from orgs where level <= 2 and status = 'active' order by level, name`,
      );
      return { items: rows };
    },

    async submitProblem(input: PublicProblemInput, ip: string) {
      for (const field of ['poster', 'contactName', 'title', 'description', 'industry', 'region'] as const) {
        if (LINK.test(input[field] ?? '')) throw problemErrors.linkRefused(field);
      }
      checkPhone(input.contactPhone);
      if (input.deadline && input.deadline < todayInChina()) throw problemErrors.deadlineBeforeToday();
      const { rows: orgs } = await db.query<{ name: string }>(
        `select name from orgs where id = $1 and level <= 2 and status = 'active'`,
        [input.orgId],
      );
      if (!orgs[0]) throw problemErrors.unionNotReceiving();
      await claimRequest(db, ids.hash(`problem-ip:${ip}`), PUBLIC_PROBLEMS_PER_ADDRESS);
      return db.tx(async (sql) => {
        const { rows } = await sql.query<{ id: number }>(
          `insert into innovation_problems (org_id, title, description, industry, region, poster, source, contact_name,
             contact_phone, funding_fen, deadline, words)
           values ($1, $2, $3, $4, $5, $6, 'public', $7, $8, $9, $10, $11) returning id`,
          [
            input.orgId,
            input.title.trim(),
            input.description.trim(),
            input.industry?.trim() || null,
            input.region?.trim() || null,
            input.poster.trim(),
            input.contactName.trim(),
            input.contactPhone,
            input.fundingFen ?? 0,
            input.deadline ?? null,
            problemWords(`${input.title} ${input.description}`),
          ],
        );
        const id = rows[0].id;
        await addCounts(sql, [
          { subject: 'innovation.problems', orgId: input.orgId, on: todayInChina(), dim: 'posted', n: 1 },
        ]);
        await recordAudit(sql, null, {
          action: 'problem.create',
          entity: 'problem',
          entityId: id,
          orgId: input.orgId,
          after: { title: input.title, poster: input.poster, source: 'public' },
        });
        return { id, status: 'submitted' as const, orgName: orgs[0].name };
      });
    },
  };
}

export type PublicProblemsService = ReturnType<typeof createPublicProblemsService>;
