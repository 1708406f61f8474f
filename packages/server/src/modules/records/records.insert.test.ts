/**
 * Records written many at a time (insertRecords, issue 42): each column one array literal, so a text holding
 * what a literal quotes (", \, commas, braces, new lines) and numbers left empty must come back as written; the
 * federation is given by the insert, and the row trigger fills it only when an insert does not.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { contextWorld } from '../../../test/world-kit.ts';
import { NO_DETAILS } from './records.input.ts';
import { insertRecords, type RecordInsert } from './records.repository.ts';

const w = contextWorld({ tree: { org: 'root/grassroots' } });
let personId: number;

beforeAll(async () => {
  personId = (await w.t.newPerson(w.org)).id;
});

const patent = (title: string | null, order: number, no: string): RecordInsert => ({
  kind: 'patent',
  occurredOn: '2021-06-30',
  ...NO_DETAILS,
  patentType: 'invention',
  patentNo: no,
  title,
  personId,
  subjectKey: `patent:${no}`,
  inventorOrder: order,
  source: 'innovation',
  orgId: w.org.id,
  createdBy: null,
  sourceRef: `test:${no}`,
});

describe('records inserted many at a time', () => {
  it('keep texts a literal would quote, empty numbers and their order', async () => {
    const no = `ZL${w.t.unique()}`;
    const titles = ['一种"快速"检测装置, {改进型}', 'C:\\工装\\夹具', '第一行\n第二行', null];
    const ids = await w.db.tx((sql) =>
      insertRecords(
        sql,
        titles.map((x, i) => patent(x, i + 1, `${no}.${i}`)),
      ),
    );
    expect(ids).toHaveLength(4);
    const { rows } = await w.db.query<{
      id: number;
      title: string | null;
      grade: number | null;
      order: number;
    }>(
      `select id, title, grade, inventor_order as "order" from records where id = any($1::bigint[]) order by id`,
      [ids],
    );
    expect(rows.map((r) => Number(r.id))).toEqual(ids.map(Number));
    expect(rows.map((r) => [r.title, r.grade, r.order])).toEqual(titles.map((x, i) => [x, null, i + 1]));
  });

  it('give their federation: the row trigger fills it only when an insert does not', async () => {
    const { rows } = await w.db.query<{ def: string }>(
      `select pg_get_triggerdef(oid) as def from pg_trigger where tgname = 'records_federation'`,
    );
    expect(rows).toHaveLength(1);
    expect(rows[0].def).toMatch(/WHEN \(\(?new\.federation_id IS NULL\)?\)/i);
    // An insert that names no federation still gets the keeping union's.
    const no = `ZL${w.t.unique()}`;
    const { rows: made } = await w.db.query<{ federationId: number }>(
      `insert into records (person_id, kind, occurred_on, year, subject_key, patent_type, patent_no, inventor_order,
         source, org_id)
       values ($1, 'patent', '2021-06-30', 2021, $2, 'invention', $3, 1, 'staff', $4)
       returning federation_id as "federationId"`,
      [personId, `patent:${no}`, no, w.org.id],
    );
    expect(Number(made[0].federationId)).toBe(Number(w.org.path.split('/')[1]));
  });
});
