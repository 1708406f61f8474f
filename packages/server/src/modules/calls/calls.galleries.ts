import { type Actor, requireAccess } from '../../access/access.ts';
import type { Db } from '../../db/db.ts';
import type { Clock } from '../../shared/clock.ts';
import { findPersonById } from '../people/index.ts';
import { callErrors } from './calls.errors.ts';
import {
  findCall,
  findFile,
  findWork,
  listOffered,
  listPublicCalls,
  worksOfPerson,
} from './calls.repository.ts';
import { callsSteps, publicCall } from './calls.steps.ts';

/** What workers and the public see: their own works, galleries and the files in them. */
export function createCallGalleries(db: Db, clock: Clock) {
  const { today, gallery, workerSees } = callsSteps(clock);
  return {
    /**
     * Calls offered to the worker (their union's and those above), open or with a published gallery, with their
     * works: the latest 100, and how many there are.
     */
    async mine(actor: Actor) {
      requireAccess(actor, 'self.read', { personId: actor.personId });
      return db.tx(async (sql) => {
        const person = await findPersonById(sql, actor.personId as number);
        const { items: calls, total } = person?.orgPath
          ? await listOffered(sql, person.orgPath, today())
          : { items: [], total: 0 };
        const works = await worksOfPerson(
          sql,
          actor.personId as number,
          calls.map((c) => c.id),
        );
        const day = today();
        const items = calls.map((c) => ({
          ...publicCall(c),
          open: day >= c.opensOn && day <= c.closesOn,
          works: works
            .filter((w) => w.callId === c.id)
            .map((w) => ({
              id: w.id,
              categoryId: w.categoryId,
              title: w.title,
              body: w.body,
              status: w.status,
              returnReason: w.returnReason,
              result: c.publishedOn ? w.result : null,
              hasFile: w.hasFile,
            })),
        }));
        return { items, total };
      });
    },
    /** The gallery of a published call for a signed-in worker (members-only galleries: the organiser's members). */
    async galleryForWorker(actor: Actor, id: number) {
      return db.tx(async (sql) => {
        const call = await findCall(sql, id);
        if (!call || !(await workerSees(sql, actor, call))) throw callErrors.notFound();
        return gallery(sql, call);
      });
    },
    /** A work's picture for the worker: their own work, or a chosen work of a gallery they may see. */
    async fileForWorker(actor: Actor, workId: number) {
      return db.tx(async (sql) => {
        const work = await findWork(sql, workId);
        if (!work) throw callErrors.workNotFound();
        if (work.personId !== actor.personId) {
          const call = await findCall(sql, work.callId);
          if (!call?.publishedOn || !work.result || !(await workerSees(sql, actor, call)))
            throw callErrors.workNotFound();
        }
        const f = await findFile(sql, work.id);
        if (!f) throw callErrors.workNotFound();
        return f;
      });
    },
    /** Calls whose gallery is public and published: nothing personal; the latest 100, and how many there are. */
    async publicCalls() {
      return db.tx(async (sql) => {
        const { items, total } = await listPublicCalls(sql);
        return { items: items.map(publicCall), total };
      });
    },
    async publicGallery(id: number) {
      return db.tx(async (sql) => {
        const call = await findCall(sql, id);
        if (call?.gallery !== 'public') throw callErrors.galleryClosed();
        return gallery(sql, call);
      });
    },
    async publicFile(id: number, workId: number) {
      return db.tx(async (sql) => {
        const call = await findCall(sql, id);
        const work = await findWork(sql, workId);
        if (call?.gallery !== 'public' || !call.publishedOn || work?.callId !== call.id || !work.result)
          throw callErrors.workNotFound();
        const f = await findFile(sql, work.id);
        if (!f) throw callErrors.workNotFound();
        return f;
      });
    },
  };
}
