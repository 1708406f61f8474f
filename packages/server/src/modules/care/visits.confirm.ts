import { type Actor, requireAccess } from '../../access/access.ts';
import type { Db } from '../../db/db.ts';
import { recordAudit } from '../audit/index.ts';
import { careErrors } from './care.errors.ts';
import {
  confirmVisit,
  findVisitPhoto,
  insertVisitPhoto,
  listVisitsToPerson,
  lockOwnVisit,
  type VisitPhotoFile,
} from './visits.repository.ts';
import { visitIn } from './visits.service.ts';

/**
 * Photos of a visit and its confirmation: the recipient confirms on the phone, or the visitor uploads the
 * photo of a receipt the recipient signed. A visit is confirmed once.
 */

export type PhotoFile = VisitPhotoFile;

export function createVisitConfirmService(db: Db) {
  return {
    /** Adds a photo; a receipt's photo confirms the visit when it is not yet confirmed. */
    async addPhoto(actor: Actor, visitId: number, kind: 'photo' | 'receipt', file: PhotoFile) {
      return db.tx(async (sql) => {
        const v = await visitIn(sql, actor, visitId, 'care.write');
        const photoId = await insertVisitPhoto(sql, { visitId, orgId: v.orgId, kind, file });
        const confirmed = kind === 'receipt' && (await confirmVisit(sql, visitId, 'receipt'));
        await recordAudit(sql, actor, {
          action: 'care.visit.photo',
          entity: 'care_visit',
          entityId: visitId,
          orgId: v.orgId,
          after: { kind, fileName: file.name, confirmed },
        });
        return { id: photoId };
      });
    },

    async getPhoto(actor: Actor, visitId: number, photoId: number): Promise<PhotoFile> {
      await visitIn(db, actor, visitId, 'care.read');
      const photo = await findVisitPhoto(db, visitId, photoId);
      if (!photo) throw careErrors.visitNotFound();
      return photo;
    },

    /** The visits to the signed-in worker, newest first: at most 100, and how many there are. */
    async myVisits(actor: Actor) {
      requireAccess(actor, 'self.read', { personId: actor.personId });
      return listVisitsToPerson(db, actor.personId);
    },

    /** The worker confirms a visit to them; confirming again is refused. */
    async confirmMine(actor: Actor, visitId: number) {
      requireAccess(actor, 'self.write', { personId: actor.personId });
      return db.tx(async (sql) => {
        const own = await lockOwnVisit(sql, visitId, actor.personId);
        if (!own) throw careErrors.notYourVisit();
        if (own.confirmed || !(await confirmVisit(sql, visitId, 'recipient')))
          throw careErrors.alreadyConfirmed();
        await recordAudit(sql, actor, {
          action: 'care.visit.confirm',
          entity: 'care_visit',
          entityId: visitId,
          orgId: own.orgId,
          after: { how: 'recipient' },
        });
        return { ok: true as const };
      });
    },
  };
}

export type VisitConfirmService = ReturnType<typeof createVisitConfirmService>;
