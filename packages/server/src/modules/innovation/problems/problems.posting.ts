import type { Actor } from '../../../access/access.ts';
import type { Sql } from '../../../db/db.ts';
import { recordAudit } from '../../audit/index.ts';
import { addCounts } from '../../reporting/index.ts';
import { problemWords } from './problems.match.ts';

/** What a problem's form holds, whether staff post it or an enterprise on the public page. */
export interface PostedProblemForm {
  title: string;
  description: string;
  industry?: string;
  region?: string;
  poster: string;
  fundingFen?: number;
  deadline?: string;
}

/** The columns a posted problem takes from its form: texts trimmed, the words it is matched on. */
export function postedProblemColumns(input: PostedProblemForm) {
  return {
    title: input.title.trim(),
    description: input.description.trim(),
    industry: input.industry?.trim() || null,
    region: input.region?.trim() || null,
    poster: input.poster.trim(),
    fundingFen: input.fundingFen ?? null,
    deadline: input.deadline ?? null,
    words: problemWords(`${input.title} ${input.description}`),
  };
}

/** Beside a posted problem's row: its count on the day it was posted, for its union, and the audit line. */
export async function recordProblemPosted(
  sql: Sql,
  actor: Actor | null,
  posted: { id: number; orgId: number; on: string; after: Record<string, unknown> },
): Promise<void> {
  await addCounts(sql, [
    { subject: 'innovation.problems', orgId: posted.orgId, on: posted.on, dim: 'posted', n: 1 },
  ]);
  await recordAudit(sql, actor, {
    action: 'problem.create',
    entity: 'problem',
    entityId: posted.id,
    orgId: posted.orgId,
    after: posted.after,
  });
}
