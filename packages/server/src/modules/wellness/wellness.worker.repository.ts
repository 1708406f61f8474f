import type { Sql } from '../../db/db.ts';
import { COUNT_ALL, capped } from '../../shared/capped.ts';
import {
  BATCH,
  BATCH_FROM,
  type BatchRow,
  LIST_CAP,
  NOMINATION,
  NOMINATION_FROM,
  type NominationRow,
  type WellnessKind,
} from './wellness.repository.ts';

export interface PersonBatchRow extends BatchRow {
  nominationId: number;
  attendance: 'attended' | 'absent' | null;
}

/** The worker's live nominations with their batches, the latest first: the first `cap`, and how many in all. */
export async function batchesOfPerson(sql: Sql, personId: number, cap: number = LIST_CAP.mine) {
  const { rows } = await sql.query<PersonBatchRow & { countAll: number }>(
    `select ${BATCH}, n.id as "nominationId", n.attendance, ${COUNT_ALL}
       from wellness_nominations n join ${BATCH_FROM} on b.id = n.batch_id
      where n.person_id = $1 and n.status = 'nominated'
      order by b.starts_on desc limit ${Number(cap)}`,
    [personId],
  );
  return capped(rows);
}

export async function findPersonNomination(sql: Sql, batchId: number, personId: number) {
  const { rows } = await sql.query<NominationRow>(
    `select ${NOMINATION} from ${NOMINATION_FROM}
      where n.batch_id = $1 and n.person_id = $2 and n.status = 'nominated'`,
    [batchId, personId],
  );
  return rows[0];
}

/** Live nominations of batches starting on `day` not yet reminded, locked so two sweeps remind once. */
export async function dueReminders(sql: Sql, day: string) {
  const { rows } = await sql.query<{
    id: number;
    personId: number;
    batchId: number;
    title: string;
    kind: WellnessKind;
    startsOn: string;
    institutionName: string;
    institutionAddress: string;
    meeting: string;
    bring: string;
  }>(
    `select n.id, n.person_id as "personId", b.id as "batchId", b.title, p.kind,
            to_char(b.starts_on, 'YYYY-MM-DD') as "startsOn", i.name as "institutionName",
            i.address as "institutionAddress", b.meeting, b.bring
       from wellness_nominations n join wellness_batches b on b.id = n.batch_id
       join wellness_programs p on p.id = b.program_id join wellness_institutions i on i.id = b.institution_id
      where b.starts_on = $1::date and n.status = 'nominated' and n.reminded_at is null
      order by n.id for update of n skip locked`,
    [day],
  );
  return rows;
}

export async function markReminded(sql: Sql, ids: number[], at: Date) {
  if (!ids.length) return;
  await sql.query('update wellness_nominations set reminded_at = $2 where id = any($1::bigint[])', [ids, at]);
}
