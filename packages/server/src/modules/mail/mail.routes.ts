import { Type } from 'typebox';
import { routeMould } from '../../http/route-mould.ts';
import { Nullable, Obj, Str } from '../../http/schema.ts';
import type { App } from '../../http/types.ts';
import { MAIL_KIND_KEYS } from './mail.kinds.ts';
import { EMAIL_PATTERN, type MailService } from './mail.service.ts';

const MailSettings = Obj({
  configured: Type.Boolean({
    description: 'Whether this server sends e-mail at all (GONGHUI_SMTP_URL is set)',
  }),
  email: Nullable(Type.String()),
  kinds: Type.Array(Type.String()),
  available: Type.Array(Obj({ kind: Type.String(), labelZh: Type.String(), labelEn: Type.String() })),
});

/** The signed-in user's own e-mail copies of their reminders. */
export function mailRoutes(app: App, { mail }: { mail: MailService }): void {
  const on = routeMould(app, ['mail']);
  on.get('/api/account/mail', {
    config: { permission: 'account.self' },
    summary: 'My e-mail address and the reminder kinds that also come to me by e-mail',
    response: MailSettings,
    use: mail.getMySettings,
  });

  on.put('/api/account/mail', {
    config: { permission: 'account.self' },
    summary: 'Set my e-mail address (null: no e-mail) and the reminder kinds that also come by e-mail',
    body: Obj({
      email: Nullable(Str(254, { pattern: EMAIL_PATTERN })),
      kinds: Type.Array(Type.String({ enum: MAIL_KIND_KEYS }), { maxItems: MAIL_KIND_KEYS.length }),
    }),
    response: MailSettings,
    use: mail.saveMySettings,
  });
}
