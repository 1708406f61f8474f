import { type Actor, can } from '../../access/access.ts';
import type { Db } from '../../db/db.ts';
import { invalid } from '../../shared/errors.ts';
import { recordAudit } from '../audit/index.ts';
import { MAIL_KINDS } from './mail.kinds.ts';
import { deleteMailSettings, findMailSettings, saveMailSettings } from './mail.repository.ts';

export const EMAIL_PATTERN = '^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$';

/** The reminder kinds offered to the actor's role: those whose work its permissions include. */
const offeredTo = (actor: Actor) =>
  new Set(Object.keys(MAIL_KINDS).filter((kind) => can(actor, MAIL_KINDS[kind].permission)));

/**
 * The signed-in user's own e-mail copy settings; `configured` says whether the server can send e-mail at all. The
 * kinds offered, and shown chosen, are those of the role the user acts as; kinds chosen under another of their roles
 * are kept as they are.
 */
export function createMailService(db: Db, options: { configured: boolean }) {
  const view = async (actor: Actor) => {
    const s = await findMailSettings(db, actor.userId);
    const offered = offeredTo(actor);
    return {
      configured: options.configured,
      email: s?.email ?? null,
      kinds: (s?.kinds ?? []).filter((k) => offered.has(k)),
      available: [...offered].map((kind) => ({
        kind,
        labelZh: MAIL_KINDS[kind].zh,
        labelEn: MAIL_KINDS[kind].en,
      })),
    };
  };

  return {
    async getMySettings(actor: Actor) {
      return view(actor);
    },

    /** Sets the address and the reminder kinds that also come by e-mail; no address: no e-mail. */
    async saveMySettings(actor: Actor, input: { email: string | null; kinds: string[] }) {
      const unknown = input.kinds.find((k) => !(k in MAIL_KINDS));
      if (unknown !== undefined) {
        throw invalid(
          'MAIL_KIND_UNKNOWN',
          { zh: '所选提醒类型不存在', en: 'One of the chosen reminder kinds does not exist' },
          { field: 'kinds' },
        );
      }
      const offered = offeredTo(actor);
      const notOffered = input.kinds.find((k) => !offered.has(k));
      if (notOffered !== undefined) {
        throw invalid(
          'MAIL_KIND_NOT_OFFERED',
          {
            zh: `“${MAIL_KINDS[notOffered].zh}”与当前角色的工作无关，不能选择`,
            en: `"${MAIL_KINDS[notOffered].en}" concern work the current role does not do, so they cannot be chosen`,
          },
          { field: 'kinds' },
        );
      }
      const email = input.email?.trim() || null;
      await db.tx(async (sql) => {
        // the kinds chosen under the user's other roles, not shown here, stay
        const kept = ((await findMailSettings(sql, actor.userId))?.kinds ?? []).filter(
          (k) => !offered.has(k),
        );
        const kinds = [...new Set([...kept, ...input.kinds])];
        if (email === null) await deleteMailSettings(sql, actor.userId);
        else await saveMailSettings(sql, actor.userId, { email, kinds });
        await recordAudit(sql, actor, {
          action: 'account.mail_settings',
          entity: 'user',
          entityId: actor.userId,
          after: { email, kinds },
        });
      });
      return view(actor);
    },
  };
}

export type MailService = ReturnType<typeof createMailService>;
