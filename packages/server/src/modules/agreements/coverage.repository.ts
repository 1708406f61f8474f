import type { Sql } from '../../db/db.ts';
import { dayAfter } from '../../shared/dates.ts';
import { textArray } from '../../shared/pg-array.ts';
import { LAST_DAY } from './agreements.repository.ts';
import type { AgreementKind } from './agreements.vocabulary.ts';
import type { Span } from './coverage.steps.ts';

/** The coverage of each enterprise by the agreements (of `kind`, or of every kind): their spans in force. */
async function coverageSpans(sql: Sql, usccs: string[], kind?: AgreementKind) {
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
      where c.uscc = any($1::text[])${kind ? ' and a.kind = $2' : ''}`,
    kind ? [textArray(usccs), kind] : [textArray(usccs)],
  );
  return rows.map((r) => ({
    kind: r.kind,
    uscc: r.uscc,
    span: { from: r.from, until: dayAfter(r.expires), workers: r.workers, women: r.women },
  }));
}

/** The spans in force of every agreement of `kind` covering each enterprise. */
export async function findCoverageSpans(
  sql: Sql,
  kind: AgreementKind,
  usccs: string[],
): Promise<Map<string, Span[]>> {
  const out = new Map<string, Span[]>(usccs.map((u) => [u, []]));
  if (!usccs.length) return out;
  for (const r of await coverageSpans(sql, usccs, kind)) out.get(r.uscc)?.push(r.span);
  return out;
}

/** The spans in force of every agreement covering each enterprise, by kind (see `findCoverageSpans`). */
export async function findCoverageSpansOfKinds(
  sql: Sql,
  usccs: string[],
): Promise<Map<AgreementKind, Map<string, Span[]>>> {
  const out = new Map<AgreementKind, Map<string, Span[]>>();
  if (!usccs.length) return out;
  for (const { kind, uscc, span } of await coverageSpans(sql, usccs)) {
    let byUscc = out.get(kind);
    if (!byUscc) {
      byUscc = new Map();
      out.set(kind, byUscc);
    }
    const list = byUscc.get(uscc);
    if (list) list.push(span);
    else byUscc.set(uscc, [span]);
  }
  return out;
}
