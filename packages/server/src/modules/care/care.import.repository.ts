import type { Sql } from '../../db/db.ts';
import { nameKey } from '../../shared/text.ts';
import type { RecipientKind } from './care.vocabulary.ts';

/** A visit as the register gives it and the visits table holds it (no campaign, no goods, no grant application). */
export interface PastVisit {
  orgId: number;
  visitedOn: string;
  recipientKind: RecipientKind;
  personId: number | null;
  unitName: string | null;
  people: number;
  visitors: string;
  note: string | null;
  goodsWritten: string | null;
  grantFen: number;
}

/** The key a register compares a visit by: its union, day and recipient (the person, or the unit's name as read). */
export const visitKey = (
  v: Pick<PastVisit, 'orgId' | 'visitedOn' | 'recipientKind' | 'personId' | 'unitName'>,
) => `${v.orgId}|${v.visitedOn}|${v.recipientKind}|${v.personId ?? nameKey(v.unitName ?? '')}`;

/** The visits on record of the unions and days the lines name, by `visitKey` (a live visit as well as a past one). */
export async function findVisitsOnRecord(sql: Sql, lines: PastVisit[]): Promise<Map<string, PastVisit>> {
  // each union and day once
  const days = [...new Map(lines.map((l) => [`${l.orgId}|${l.visitedOn}`, l])).values()];
  if (!days.length) return new Map();
  const { rows } = await sql.query<PastVisit>(
    `select v.org_id::int as "orgId", to_char(v.visited_on, 'YYYY-MM-DD') as "visitedOn",
            v.recipient_kind as "recipientKind", v.person_id::int as "personId", v.unit_name as "unitName",
            v.people, v.visitors, v.note, v.goods_written as "goodsWritten", v.grant_fen::float8 as "grantFen"
       from care_visits v
       join unnest($1::bigint[], $2::date[]) as k(org_id, day) on v.org_id = k.org_id and v.visited_on = k.day`,
    [days.map((l) => l.orgId), days.map((l) => l.visitedOn)],
  );
  return new Map(rows.map((r) => [visitKey(r), r]));
}

/** Writes the register's visits in one statement, each on its own day, entered by `createdBy`. */
export async function insertPastVisits(
  sql: Sql,
  visits: PastVisit[],
  createdBy: number | null,
): Promise<void> {
  if (!visits.length) return;
  await sql.query(
    `insert into care_visits (org_id, recipient_kind, person_id, unit_name, people, visited_on, visitors, note,
                              goods_written, grant_fen, created_by)
     select x."orgId", x."recipientKind", x."personId", x."unitName", x.people, x."visitedOn", x.visitors, x.note,
            x."goodsWritten", x."grantFen", $2
       from jsonb_to_recordset($1::jsonb) as x("orgId" bigint, "recipientKind" text, "personId" bigint,
            "unitName" text, people integer, "visitedOn" date, visitors text, note text, "goodsWritten" text,
            "grantFen" bigint)`,
    [JSON.stringify(visits), createdBy],
  );
}
