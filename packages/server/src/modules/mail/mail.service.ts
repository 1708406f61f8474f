import type { Actor } from '../../access/access.ts';
import type { Db } from '../../db/db.ts';
import { invalid } from '../../shared/errors.ts';
import { recordAudit } from '../audit/index.ts';
import { MAIL_KINDS } from './mail.kinds.ts';
import { deleteMailSettings, findMailSettings, saveMailSettings } from './mail.repository.ts';

export const EMAIL_PATTERN = '^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$';

/** The signed-in user's own e-mail copy settings; `configured` says whether the server can send e-mail at all. */
export function createMailService(db: Db, options: { configured: boolean }) {
  const view = async (userId: number) => {
    const s = await findMailSettings(db, userId);
    return {
      configured: options.configured,
      email: s?.email ?? null,
      kinds: s?.kinds ?? [],
      available: Object.entries(MAIL_KINDS).map(([kind, label]) => ({
        kind,
        labelZh: label.zh,
        labelEn: label.en,
      })),
    };
  };

  return {
    async getMySettings(actor: Actor) {
      return view(actor.userId);
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
      const email = input.email?.trim() || null;
      await db.tx(async (sql) => {
        if (email === null) await deleteMailSettings(sql, actor.userId);
        else await saveMailSettings(sql, actor.userId, { email, kinds: [...new Set(input.kinds)] });
        await recordAudit(sql, actor, {
          action: 'account.mail_settings',
          entity: 'user',
          entityId: actor.userId,
          after: { email, kinds: input.kinds },
        });
      });
      return view(actor.userId);
    },
  };
}

export type MailService = ReturnType<typeof createMailService>;
