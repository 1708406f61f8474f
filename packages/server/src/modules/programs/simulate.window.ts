import { subtreePattern } from '../../access/access.ts';
import type { Sql } from '../../db/db.ts';
import {
  compileRecordMatch,
  membershipHoldsSql,
  outsideWindowText,
  type RecordFact,
  type RecordKind,
  type Rule,
  recordLabel,
  type Text,
  type WindowRange,
  wantedRecords,
} from './rules/index.ts';

/** Evidence the window leaves out: records the rule asks for, held by candidates, dated outside it. */
export interface ExcludedByWindow {
  count: number;
  /** The latest few, for the clerk to see what is left out and why. */
  examples: {
    recordId: number;
    personName: string;
    orgName: string;
    kind: RecordKind;
    occurredOn: string;
    label: string;
    reason: Text;
  }[];
}

const EXAMPLES = 10;

/**
 * Records of the scope's members whose membership holds on `asOf` that meet the conditions of one of the
 * rule's has_record rules (or are of the subject kind) but lie outside the window. Other conditions of
 * the rule are not applied: the list answers "which evidence did the window leave out", not "who else
 * would qualify".
 */
export async function findExcludedByWindow(
  sql: Sql,
  input: { rule: Rule; subjectKind: RecordKind | null; scopePath: string; asOf: string; window: WindowRange },
): Promise<ExcludedByWindow> {
  const wanted = wantedRecords(input.rule);
  if (input.subjectKind && !wanted.some((w) => w.kind === input.subjectKind)) {
    wanted.push({ kind: input.subjectKind, where: [] });
  }
  if (!wanted.length) return { count: 0, examples: [] };
  const fixed = [subtreePattern(input.scopePath), input.asOf, input.window.from, input.window.to];
  const match = compileRecordMatch(wanted, 'r', fixed.length);
  const { rows } = await sql.query<
    Pick<
      RecordFact,
      | 'id'
      | 'kind'
      | 'occurredOn'
      | 'occupation'
      | 'number'
      | 'competition'
      | 'rank'
      | 'course'
      | 'title'
      | 'patentNo'
    > & { personName: string; orgName: string; total: number }
  >(
    `select r.id, r.kind, r.occurred_on as "occurredOn", r.occupation, r.number, r.competition, r.rank, r.course,
            r.title, r.patent_no as "patentNo", p.name as "personName", o.name as "orgName",
            count(*) over () as total
       from records r
       join memberships m on m.person_id = r.person_id and m.status = 'active'
       join orgs o on o.id = m.org_id
       join persons p on p.id = r.person_id
      where o.path like $1 and ${membershipHoldsSql('m', '$2::date')}
        and not (r.occurred_on between $3::date and $4::date) and ${match.where}
      order by r.occurred_on desc, r.id desc limit ${EXAMPLES}`,
    [...fixed, ...match.params],
  );
  return {
    count: rows[0]?.total ?? 0,
    examples: rows.map((r) => ({
      recordId: r.id,
      personName: r.personName,
      orgName: r.orgName,
      kind: r.kind,
      occurredOn: r.occurredOn,
      label: recordLabel(r),
      reason: outsideWindowText(r.kind, r.occurredOn, input.window),
    })),
  };
}
