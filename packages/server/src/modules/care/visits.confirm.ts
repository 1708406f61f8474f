import { type Actor, requireAccess } from '../../access/access.ts';
import type { Db, Sql } from '../../db/db.ts';
import { recordAudit } from '../audit/index.ts';
import { careErrors } from './care.errors.ts';
import type { GoodsLine } from './visits.repository.ts';
import { visitIn } from './visits.service.ts';

/**
 * Photos of a visit and its confirmation: the recipient confirms on the phone, or the visitor uploads the
 * photo of a receipt the recipient signed. A visit is confirmed once.
 */

export interface PhotoFile {
  name: string;
  mime: string;
  data: Buffer;
}

async function confirm(sql: Sql, visitId: number, how: 'recipient' | 'receipt'): Promise<boolean> {
  const { rows } = await sql.query(
    `update care_visits set confirmed_at = now(), confirmed_how = $2 where id = $1 and confirmed_at is null
     returning id`,
    [visitId, how],
  );
  return rows.length > 0;
}

export function createVisitConfirmService(db: Db) {
  return {
    /** Adds a photo; a receipt's photo confirms the visit when it is not yet confirmed. */
    async addPhoto(actor: Actor, visitId: number, kind: 'photo' | 'receipt', file: PhotoFile) {
      return db.tx(async (sql) => {
        const v = await visitIn(sql, actor, visitId, 'care.write');
        const { rows } = await sql.query<{ id: number }>(
          `insert into care_visit_photos (visit_id, org_id, kind, file_name, mime, data)
           values ($1, $2, $3, $4, $5, $6) returning id`,
          [visitId, v.orgId, kind, file.name, file.mime, file.data],
        );
        const confirmed = kind === 'receipt' && (await confirm(sql, visitId, 'receipt'));
        await recordAudit(sql, actor, {
          action: 'care.visit.photo',
          entity: 'care_visit',
          entityId: visitId,
          orgId: v.orgId,
          after: { kind, fileName: file.name, confirmed },
        });
        return { id: rows[0].id };
      });
    },

    async getPhoto(actor: Actor, visitId: number, photoId: number): Promise<PhotoFile> {
      await visitIn(db, actor, visitId, 'care.read');
      const { rows } = await db.query<PhotoFile>(
        `select file_name as name, mime, data from care_visit_photos where id = $1 and visit_id = $2`,
        [photoId, visitId],
      );
      if (!rows[0]) throw careErrors.visitNotFound();
      return rows[0];
    },

    /** The visits to the signed-in worker, newest first. */
    async myVisits(actor: Actor) {
      requireAccess(actor, 'self.read', { personId: actor.personId });
      const { rows } = await db.query<{
        id: number;
        campaign: string | null;
        orgName: string;
        visitedOn: string;
        visitors: string;
        goods: GoodsLine[];
        grantFen: number;
        confirmedAt: string | null;
      }>(
        `select v.id, c.title as campaign, o.name as "orgName", to_char(v.visited_on, 'YYYY-MM-DD') as "visitedOn",
                v.visitors, v.grant_fen::float8 as "grantFen",
                to_char(v.confirmed_at at time zone 'Asia/Shanghai', 'YYYY-MM-DD HH24:MI') as "confirmedAt",
                coalesce((select json_agg(json_build_object('item', s.item, 'unit', s.unit, 'quantity', m.quantity)
                   order by m.id) from care_stock_moves m join care_stock s on s.id = m.stock_id
                   where m.visit_id = v.id), '[]') as goods
           from care_visits v join orgs o on o.id = v.org_id left join care_campaigns c on c.id = v.campaign_id
          where v.person_id = $1 order by v.visited_on desc, v.id desc limit 100`,
        [actor.personId],
      );
      return { items: rows };
    },

    /** The worker confirms a visit to them; confirming again is refused. */
    async confirmMine(actor: Actor, visitId: number) {
      requireAccess(actor, 'self.write', { personId: actor.personId });
      return db.tx(async (sql) => {
        const { rows } = await sql.query<{ orgId: number; confirmed: boolean }>(
          `select org_id as "orgId", confirmed_at is not null as confirmed from care_visits
            where id = $1 and person_id = $2 for update`,
          [visitId, actor.personId],
        );
        if (!rows[0]) throw careErrors.notYourVisit();
        if (rows[0].confirmed || !(await confirm(sql, visitId, 'recipient')))
          throw careErrors.alreadyConfirmed();
        await recordAudit(sql, actor, {
          action: 'care.visit.confirm',
          entity: 'care_visit',
          entityId: visitId,
          orgId: rows[0].orgId,
          after: { how: 'recipient' },
        });
        return { ok: true as const };
      });
    },
  };
}

export type VisitConfirmService = ReturnType<typeof createVisitConfirmService>;
