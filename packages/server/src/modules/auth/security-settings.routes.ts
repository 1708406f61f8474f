import { Type } from 'typebox';
import { routeMould } from '../../http/route-mould.ts';
import { Obj } from '../../http/schema.ts';
import type { App } from '../../http/types.ts';
import type { SecuritySettingsService } from './security-settings.service.ts';
import { SETTING_RANGES } from './security-settings.service.ts';

const tags = ['security'];

const field = (key: keyof typeof SETTING_RANGES, description: string) =>
  Type.Integer({ minimum: SETTING_RANGES[key].min, maximum: SETTING_RANGES[key].max, description });

const Settings = Obj({
  minLength: field('minLength', 'Fewest characters of a staff password'),
  minClasses: field(
    'minClasses',
    'Fewest character classes (lower-case, upper-case, digits, other) a staff password mixes',
  ),
  historyCount: field(
    'historyCount',
    "How many of the account's last passwords a new one may not repeat (0: any)",
  ),
  expiryDays: field('expiryDays', 'Days a staff password lasts before it must be changed (0: never)'),
  idleMinutes: field('idleMinutes', 'Minutes without a request after which a staff session ends'),
  maxSessions: field(
    'maxSessions',
    'Staff sessions one account may hold at once; a sign-in beyond ends the oldest (0: any number)',
  ),
});

/** The security settings of staff accounts (ADR 82). */
export function securitySettingsRoutes(app: App, { settings }: { settings: SecuritySettingsService }) {
  const on = routeMould(app, tags);
  on.get('/api/security-settings', {
    config: { permission: 'security.settings' },
    summary: 'The security settings of staff accounts: passwords, idle timeout, sessions per account',
    response: Settings,
    run: () => settings.getSettings(),
  });

  on.put('/api/security-settings', {
    config: { permission: 'security.settings' },
    summary: 'Change the security settings of staff accounts (audited with the values before and after)',
    description:
      'Applies at once: a new password is checked by the new rules, a session idle past the new minutes ends at ' +
      'its next request, and the next sign-in past the new session limit ends the oldest sessions. Workers on ' +
      'the phone pages keep the general password rules, with no expiry, idle timeout or session limit.',
    body: Settings,
    response: Settings,
    use: settings.updateSettings,
  });
}
