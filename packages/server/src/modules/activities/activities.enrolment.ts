import { type Actor, canAccess, requireAccess } from '../../access/access.ts';
import { effectiveDay } from '../../shared/effective.ts';
import { AppError, notFound } from '../../shared/errors.ts';
import { runRegisterImport } from '../../shared/register-define.ts';
import {
  type RegisterRowError,
  refuseRows,
  registerTemplate,
  rowError,
} from '../../shared/register-sheet.ts';
import { recordAudit } from '../audit/index.ts';
import { notifyPerson } from '../messages/index.ts';
import { findPersonById } from '../people/index.ts';
import { ACTIVITY, type ActivitiesContext, err, inScope } from './activities.context.ts';
import { planSignupRows, SIGNUP_SHEET } from './activities.import.ts';
import {
  type ActivityRow,
  cancelSignup,
  findActivity,
  findSignup,
  firstWaiting,
  freePlace,
  promote,
  takePlace,
} from './activities.repository.ts';

/** Thrown inside a transaction to undo it: a dry run signs the sheet up and takes it all back. */
const ROLLBACK = Symbol('rollback');

/**
 * Signing up as a use case: staff sign members up (one by one or by a sheet), a worker signs up or cancels, and a
 * cancelled place goes to the first who waits. The one statement that takes a place is in activities.signup.ts.
 */
export function createSignupUseCases({ db, signups, ids, clock }: ActivitiesContext) {
  /**
   * The day staff sign up on (ADR 40): today by default; a past day (an activity brought in after the fact) needs
   * `history.backdate`, and may not precede the first day of sign-up (nor pass its last: the window is checked).
   */
  const signupDay = (actor: Actor, a: ActivityRow, effectiveOn: string | undefined) =>
    effectiveDay(
      actor,
      effectiveOn,
      { zh: '报名', en: 'sign-up' },
      [{ day: a.signupFrom, name: { zh: '报名开始日期', en: 'first day of sign-up' } }],
      { now: clock() },
    );

  return {
    /**
     * Staff sign members of their subtree up, each on its own, on `effectiveOn` (default today): the answer says
     * who got a place and who waits.
     */
    async signUpMembers(actor: Actor, id: number, personIds: number[], effectiveOn?: string) {
      const on = await db.tx(async (sql) =>
        signupDay(actor, await inScope(sql, actor, id, 'activities.manage'), effectiveOn),
      );
      const out: { personId: number; status?: 'confirmed' | 'waiting'; zh?: string; en?: string }[] = [];
      for (const personId of personIds) {
        try {
          const r = await db.tx(async (sql) => {
            const a = await inScope(sql, actor, id, 'activities.manage');
            const person = await findPersonById(sql, personId);
            if (!person?.orgPath || !canAccess(actor, 'activities.manage', { orgPath: person.orgPath }))
              throw err(
                'invalid',
                'ACTIVITY_NOT_MEMBER',
                '不是本工会所属的会员',
                'Not a member of your unions',
                'personId',
              );
            return signups.signUpIn(sql, actor, a, personId, on);
          });
          out.push({ personId, status: r.status });
        } catch (e) {
          if (!(e instanceof AppError) || e.kind === 'forbidden' || e.kind === 'not_found') throw e;
          out.push({ personId, zh: e.messages.zh, en: e.messages.en });
        }
      }
      return out;
    },

    /** The template of an activity's sign-up sheet (with its 填写说明 sheet), for its organisers. */
    async signupTemplate(actor: Actor, id: number) {
      await db.tx((sql) => inScope(sql, actor, id, 'activities.manage'));
      return registerTemplate(SIGNUP_SHEET);
    },

    /**
     * Staff sign a sheet of members up (member number or ID number, the name as a check): each through the same
     * checks as a sign-up on the phone, in the sheet's order (places first, then the waiting list). A dry run signs
     * them up and takes it all back, so that it answers exactly who would be refused and how many get a place;
     * otherwise any refused row refuses the whole sheet.
     */
    async importSignups(
      actor: Actor,
      id: number,
      input: { file: Buffer; fileName: string; dryRun: boolean; effectiveOn?: string },
    ) {
      requireAccess(actor, 'activities.manage');
      if (!ids) throw new Error('activities: the sign-up sheet needs the ID number protector');
      const on = await db.tx(async (sql) =>
        signupDay(actor, await inScope(sql, actor, id, 'activities.manage'), input.effectiveOn),
      );
      const attempt = async (people: { rowNo: number; personId: number }[], keep: boolean) => {
        const out = { confirmed: 0, waiting: 0, errors: [] as RegisterRowError[] };
        try {
          await db.tx(async (sql) => {
            const a = await inScope(sql, actor, id, 'activities.manage');
            for (const p of people) {
              try {
                out[(await signups.signUpIn(sql, actor, a, p.personId, on)).status] += 1;
              } catch (e) {
                if (!(e instanceof AppError) || e.kind === 'forbidden' || e.kind === 'not_found') throw e;
                out.errors.push(
                  rowError(p.rowNo, SIGNUP_SHEET.columns[0].header, e.messages.zh, e.messages.en),
                );
              }
            }
            if (!keep || out.errors.length) throw ROLLBACK;
            await recordAudit(sql, actor, {
              action: 'activity.import',
              entity: 'activity',
              entityId: a.id,
              orgId: a.orgId,
              after: {
                fileName: input.fileName,
                confirmed: out.confirmed,
                waiting: out.waiting,
                ...(on.backdated ? { effectiveOn: on.day } : {}),
              },
            });
          });
        } catch (e) {
          if (e !== ROLLBACK) throw e;
        }
        return out;
      };
      const day = on.day;
      return runRegisterImport(SIGNUP_SHEET, input, day, {
        plan: async (rows, errors) => {
          const people = await planSignupRows(db, actor, ids, rows, errors, day);
          const trial = await attempt(people, false);
          errors.push(...trial.errors);
          return { people, trial };
        },
        counts: ({ trial }) => ({
          created: trial.confirmed + trial.waiting,
          confirmed: trial.confirmed,
          waiting: trial.waiting,
        }),
        dryRunExtras: {},
        write: async ({ people }) => {
          const done = await attempt(people, true);
          if (done.errors.length) throw refuseRows(SIGNUP_SHEET.title, done.errors, people.length);
          return {};
        },
      });
    },

    /** A worker's own sign-up. */
    async signUpSelf(actor: Actor, id: number) {
      requireAccess(actor, 'self.apply', { personId: actor.personId });
      return signups.signUpSelf(actor, id);
    },

    /** A worker cancels: a confirmed place goes to the first on the waiting list, who is told. */
    async cancelSelf(actor: Actor, id: number) {
      requireAccess(actor, 'self.apply', { personId: actor.personId });
      return db.tx(async (sql) => {
        const a = await findActivity(sql, id);
        if (!a) throw notFound(ACTIVITY);
        const s = await findSignup(sql, a.id, actor.personId as number, true);
        if (!s) throw err('conflict', 'ACTIVITY_NOT_SIGNED_UP', '您没有报名此活动', 'You have not signed up');
        await cancelSignup(sql, s.id);
        let promoted: number | null = null;
        if (s.status === 'confirmed') {
          await freePlace(sql, a.id, s.quotaOrgId);
          const next = await firstWaiting(sql, a.id, s.quotaOrgId);
          if (next && (await takePlace(sql, a.id, s.quotaOrgId))) {
            await promote(sql, next.id);
            promoted = next.personId;
            await notifyPerson(sql, next.personId, {
              kind: 'activity.promoted',
              title: {
                zh: `“${a.title}”有空位，您已报名成功`,
                en: `A place freed up: you are in “${a.title}”`,
              },
              body: {
                zh: `您在候补名单中排第一，已转为正式报名。地点：${a.place}`,
                en: `You were first on the waiting list and now have a place. Place: ${a.place}`,
              },
              link: '/m/activities',
              entity: 'activity',
              entityId: a.id,
            });
          }
        }
        await recordAudit(sql, actor, {
          action: 'activity.signup.cancel',
          entity: 'activity',
          entityId: a.id,
          orgId: a.orgId,
          after: { promoted },
        });
        return { ok: true as const };
      });
    },
  };
}
