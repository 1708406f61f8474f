import type { Actor } from '../../access/access.ts';
import { notFound } from '../../shared/errors.ts';
import { recordAudit } from '../audit/index.ts';
import { cleanPhoto } from '../card/index.ts';
import { findPersonById } from '../people/index.ts';
import { type ActivitiesContext, err, inScope } from './activities.context.ts';
import { findActivity, findPhoto, insertPhoto } from './activities.repository.ts';

const MAX_PHOTOS = 50;

/** Photos of a finished activity: staff add them; staff and the worker it was offered to see them. */
export function createPhotos({ db, clock }: ActivitiesContext) {
  return {
    /** Staff add a photo to a finished activity (JPEG or PNG; the metadata is removed before it is kept). */
    async addPhoto(actor: Actor, id: number, file: Buffer) {
      return db.tx(async (sql) => {
        const a = await inScope(sql, actor, id, 'activities.manage');
        const last = a.sessions.at(-1);
        if (!last || Date.parse(last.endsAt) > clock().getTime())
          throw err(
            'conflict',
            'ACTIVITY_NOT_FINISHED',
            '活动结束后才能上传照片',
            'Photos are added once the activity is over',
          );
        if (a.photos.length >= MAX_PHOTOS)
          throw err(
            'conflict',
            'ACTIVITY_PHOTOS_FULL',
            `每个活动最多上传${MAX_PHOTOS}张照片`,
            `An activity holds ${MAX_PHOTOS} photos at most`,
          );
        const photo = cleanPhoto(file);
        const photoId = await insertPhoto(sql, {
          activityId: a.id,
          mime: photo.mime,
          bytes: photo.bytes,
          createdBy: actor.userId || null,
        });
        await recordAudit(sql, actor, {
          action: 'activity.photo.add',
          entity: 'activity',
          entityId: a.id,
          orgId: a.orgId,
          after: { photoId },
        });
        return { id: photoId };
      });
    },

    /** A photo of an activity, for staff who see the activity. */
    async photo(actor: Actor, id: number, photoId: number) {
      return db.tx(async (sql) => {
        const a = await inScope(sql, actor, id, 'activities.read');
        const p = await findPhoto(sql, a.id, photoId);
        if (!p) throw notFound({ zh: '照片', en: 'Photo' });
        return p;
      });
    },

    /** A photo of an activity offered to the worker (organised by their union or one above it). */
    async myPhoto(actor: Actor, id: number, photoId: number) {
      return db.tx(async (sql) => {
        // Someone without a membership (an administrator) has no activity offered to them: not found, like any other.
        const a = actor.personId ? await findActivity(sql, id) : undefined;
        const person = a ? await findPersonById(sql, actor.personId as number) : undefined;
        const p =
          a && person?.orgPath?.startsWith(a.orgPath) ? await findPhoto(sql, a.id, photoId) : undefined;
        if (!p) throw notFound({ zh: '照片', en: 'Photo' });
        return p;
      });
    },
  };
}
