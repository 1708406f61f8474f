import type { Sql } from '../../db/db.ts';
import {
  outsideWindowText,
  type RecordKind,
  type Rule,
  recordLabel,
  type Text,
  type WindowRange,
  wantedRecords,
} from './rules/index.ts';
import { listRecordsOutsideWindow } from './simulate.repository.ts';

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
  const rows = await listRecordsOutsideWindow(sql, {
    wanted,
    scopePath: input.scopePath,
    asOf: input.asOf,
    window: input.window,
    limit: EXAMPLES,
  });
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
