import type { Sql } from '../../db/db.ts';
import { dayAfter } from '../../shared/dates.ts';
import { textArray } from '../../shared/pg-array.ts';
import { LAST_DAY } from './agreements.repository.ts';
import type { AgreementKind } from './agreements.types.ts';
import type { Span } from './coverage.steps.ts';

/** The spans in force of every agreement covering each enterprise, by kind (see `findCoverageSpans`). */
export async function findCoverageSpansOfKinds(
  sql: Sql,
  usccs: string[],
): Promise<Map<AgreementKind, Map<string, Span[]>>> {
  const out = new Map<AgreementKind, Map<string, Span[]>>();
  if (!usccs.length) return out;
  const { rows } = await sql.query<{
    kind: AgreementKind;
    uscc: string;
    from: string;
    expires: string;
    workers: number;
    women: number;
  }>(
    `select a.kind, c.uscc, a.effective_on as "from", ${LAST_DAY} as expires, c.workers, c.women_workers as women
       from agreement_coverage c join agreements a on a.id = c.agreement_id
      where c.uscc = any($1::text[])`,
    [textArray(usccs)],
  );
  for (const r of rows) {
    let byUscc = out.get(r.kind);
    if (!byUscc) {
      byUscc = new Map();
      out.set(r.kind, byUscc);
    }
    const span = { from: r.from, until: dayAfter(r.expires), workers: r.workers, women: r.women };
    const list = byUscc.get(r.uscc);
    if (list) list.push(span);
    else byUscc.set(r.uscc, [span]);
  }
  return out;
}
