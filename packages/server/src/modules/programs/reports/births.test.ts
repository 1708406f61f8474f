import { describe, expect, it } from 'vitest';
import { dbKind } from '../../../../test/test-db.ts';
import { contextWorld } from '../../../../test/world-kit.ts';
import { insertOrg } from '../../org/index.ts';

/**
 * A union is made with a placeholder path ('pending-<uuid>') and given its real one by a second statement
 * (`insertOrg`). That update is a birth, not a move (programs migration 036): the move trigger must not read the
 * placeholder as a path of union ids, whatever plan PostgreSQL picks — here forced by a count already naming the
 * new union, which makes the trigger reach the path on every plan.
 */
const w = contextWorld();

describe(`a union's first path (${dbKind()})`, () => {
  it('is a birth: the move trigger does not read the placeholder, and moves nothing', async () => {
    const born = await w.db.tx(async (sql) => {
      const { rows } = await sql.query<{ id: number }>(
        `insert into orgs (parent_id, path, level, kind, name)
         values ($1, 'pending-' || gen_random_uuid(), $2, 'grassroots', $3) returning id`,
        [w.root.id, w.root.level + 1, `新工会${w.t.unique()}`],
      );
      const id = rows[0].id;
      await sql.query(
        `insert into report_counts (subject, org_id, month, dim, dim2, n, fen, federation_id)
         values ('programs.applications', $1, '2025-01-01', '0', '', 1, 0, $2)`,
        [id, w.root.id],
      );
      await sql.query('update orgs set path = $2 where id = $1', [id, `${w.root.path}${id}/`]);
      return id;
    });
    const { rows } = await w.db.query<{ org: number }>(
      `select org_id::int as org from report_counts where subject = 'programs.applications' and dim = '0'
        and org_id = any($1::bigint[])`,
      [[w.root.id, born]],
    );
    expect(rows).toEqual([{ org: born }]);
  });

  it('is given by insertOrg, which answers the union with its path', async () => {
    const org = await w.db.tx((sql) =>
      insertOrg(
        sql,
        { parentId: w.root.id, level: w.root.level + 1, kind: 'grassroots', name: `又一个${w.t.unique()}` },
        w.root.path,
      ),
    );
    expect(org.path).toBe(`${w.root.path}${org.id}/`);
  });
});
