import { type Actor, requireAccess } from '../../access/access.ts';
import type { Db, Sql } from '../../db/db.ts';
import type { Clock } from '../../shared/clock.ts';
import { todayInChina } from '../../shared/dates.ts';
import { type AuditAction, recordAudit } from '../audit/index.ts';
import { addCounts } from '../reporting/index.ts';
import { openCaseFile } from './cases.attachments.ts';
import { findCategory } from './cases.calendar.repository.ts';
import { addWorkingDays } from './cases.calendar.ts';
import { caseErrors } from './cases.errors.ts';
import { addEvent, listEvents } from './cases.events.repository.ts';
import { listFiles } from './cases.files.repository.ts';
import { fileOwnRequest, type Upload } from './cases.filing.ts';
import { closeCase } from './cases.handling.ts';
import { tellUnions } from './cases.notify.ts';
import { presentEvents, presentForWorker } from './cases.present.ts';
import { type CaseRow, findOwnCase, listOwnCases, updateCase } from './cases.repository.ts';
import { type Category, SUBJECTS } from './cases.types.ts';
import type { Channel } from './cases.vocabulary.ts';

/**
 * The worker's side. Their requests are found by the keyed hash of their person (`ownerOf`), never by a person
 * link, so anonymous ones are theirs too; another worker's request answers 404.
 */
export function createWorkerCases(
  db: Db,
  ownerOf: (personId: number) => string,
  clock: Clock,
  /** The owner hashes under every live key: a worker's requests are found during a key rotation too. */
  ownersOf: (personId: number) => string[] = (id) => [ownerOf(id)],
) {
  const ownerHash = (actor: Actor) => {
    requireAccess(actor, 'self.apply');
    if (!actor.personId) throw caseErrors.notFound();
    return ownerOf(actor.personId);
  };
  const ownerHashes = (actor: Actor) => {
    ownerHash(actor);
    return ownersOf(actor.personId as number);
  };

  async function act(
    actor: Actor,
    id: number,
    action: AuditAction,
    run: (sql: Sql, c: CaseRow, today: string, at: string) => Promise<Record<string, unknown>>,
  ) {
    const hashes = ownerHashes(actor);
    await db.tx(async (sql) => {
      const c = await findOwnCase(sql, id, hashes, true);
      if (!c) throw caseErrors.notFound();
      const now = clock();
      const after = await run(sql, c, todayInChina(now), now.toISOString());
      await recordAudit(sql, c.anonymous ? null : actor, {
        action,
        entity: 'case',
        entityId: id,
        orgId: c.orgId,
        after,
      });
    });
  }

  return {
    async file(
      actor: Actor,
      input: {
        channel: Channel;
        category: Category;
        description: string;
        anonymous: boolean;
        files?: Upload[];
      },
    ) {
      const id = await fileOwnRequest(db, actor, ownerHash(actor), input, clock());
      return this.get(actor, id);
    },

    async list(actor: Actor) {
      const { items, total } = await listOwnCases(db, ownerHashes(actor));
      return { items: items.map(presentForWorker), total };
    },

    async get(actor: Actor, id: number) {
      const c = await findOwnCase(db, id, ownerHashes(actor));
      if (!c) throw caseErrors.notFound();
      return {
        case: presentForWorker(c),
        events: presentEvents(await listEvents(db, id), true),
        // Every file of a request is one its worker sent (staff attach none: cases.files.repository.ts).
        files: await listFiles(db, id),
        canRate:
          (c.status === 'answered' || c.status === 'closed') && c.answeredOn !== null && c.rating === null,
        canReopen: (c.status === 'answered' || c.status === 'closed') && !c.reopened && c.rating === null,
      };
    },

    /**
     * One file of my request, to open: another's request or file answers 404. Audited as staff's reads are
     * (`case.file.read`), by the worker, or by nobody for an anonymous request, whose log names no one.
     */
    async getFile(actor: Actor, id: number, fileId: number) {
      const c = await findOwnCase(db, id, ownerHashes(actor));
      if (!c) throw caseErrors.notFound();
      return openCaseFile(db, c.anonymous ? null : actor, { id, orgId: c.orgId }, fileId);
    },

    /** The worker adds to their request (more facts, an answer to a question). */
    async reply(actor: Actor, id: number, text: string) {
      const body = text.trim();
      if (!body) throw caseErrors.text('text');
      await act(actor, id, 'case.worker_reply', async (sql, c, _today, at) => {
        if (c.status === 'closed') throw caseErrors.state({ zh: '诉求已办结', en: 'The request is closed' });
        await addEvent(sql, { caseId: id, orgId: c.orgId, kind: 'worker_replied', body, visible: true, at });
        await tellUnions(
          sql,
          [c.orgId],
          id,
          { zh: '职工补充了诉求', en: 'A worker added to their request' },
          { zh: `诉求（${c.filedOn}）有新的补充`, en: `The request of ${c.filedOn} has a new message` },
        );
        return {};
      });
    },

    /** Rates the answer 1–5 once; rating an answered request closes it. */
    async rate(actor: Actor, id: number, input: { rating: number; comment?: string | null }) {
      await act(actor, id, 'case.rate', async (sql, c, today, at) => {
        if (c.answeredOn === null || (c.status !== 'answered' && c.status !== 'closed')) {
          throw caseErrors.state({
            zh: '诉求尚未答复，暂不能评价',
            en: 'The request has no answer to rate yet',
          });
        }
        if (c.rating !== null) throw caseErrors.state({ zh: '您已评价过', en: 'You have rated it already' });
        const comment = input.comment?.trim() || null;
        await updateCase(sql, id, { rating: input.rating, rating_comment: comment });
        await addCounts(sql, [
          { subject: SUBJECTS.rated, orgId: c.filedOrgId, on: today, dim: String(input.rating), n: 1 },
        ]);
        await addEvent(sql, { caseId: id, orgId: c.orgId, kind: 'rated', body: comment, visible: true, at });
        if (c.status === 'answered') await closeCase(sql, c, today, { actorUserId: null, at });
        await tellUnions(
          sql,
          [c.orgId],
          id,
          { zh: `职工评价了答复：${input.rating}分`, en: `A worker rated the answer ${input.rating}/5` },
          { zh: comment ?? '（无留言）', en: comment ?? '(no comment)' },
        );
        return { rating: input.rating };
      });
    },

    /** Reopens an answered or closed request once, before rating it: the handling union answers again. */
    async reopen(actor: Actor, id: number, reason: string) {
      const body = reason.trim();
      if (!body) throw caseErrors.text('reason');
      await act(actor, id, 'case.reopen', async (sql, c, today, at) => {
        if (c.status !== 'answered' && c.status !== 'closed') {
          throw caseErrors.state({ zh: '诉求正在办理中', en: 'The request is still being handled' });
        }
        if (c.reopened)
          throw caseErrors.state({ zh: '诉求只能重新打开一次', en: 'A request can be reopened once' });
        if (c.rating !== null) {
          throw caseErrors.state({
            zh: '已评价的诉求不能重新打开',
            en: 'A rated request cannot be reopened',
          });
        }
        const category = await findCategory(sql, c.category);
        const answerDue = await addWorkingDays(sql, today, category?.answerDays ?? 10);
        await updateCase(sql, id, {
          status: 'accepted',
          reopened: true,
          closed_on: null,
          answer_due: answerDue,
          due_set_on: today,
        });
        if (c.status === 'closed') {
          await addCounts(sql, [{ subject: SUBJECTS.open, orgId: c.filedOrgId, on: today, n: 1 }]);
        }
        await addEvent(sql, { caseId: id, orgId: c.orgId, kind: 'reopened', body, visible: true, at });
        await tellUnions(
          sql,
          [c.orgId],
          id,
          { zh: '职工重新打开了诉求', en: 'A worker reopened their request' },
          { zh: `请在${answerDue}前再次答复`, en: `Answer again by ${answerDue}` },
        );
        return { answerDue };
      });
    },
  };
}

export type WorkerCases = ReturnType<typeof createWorkerCases>;
