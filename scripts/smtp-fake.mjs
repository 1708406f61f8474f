#!/usr/bin/env node
/**
 * A local stand-in for an SMTP server, to try GONGHUI_SMTP_URL before the federation's mail server is at hand:
 *
 *   node scripts/smtp-fake.mjs --port 2525 [--user noreply@example.org] [--password local-secret]
 *   GONGHUI_SMTP_URL='smtp://noreply%40example.org:local-secret@127.0.0.1:2525' \
 *     GONGHUI_SMTP_FROM='工会服务平台 <noreply@example.org>' npm start
 *
 * It takes the user and password it was given (no TLS), refuses others with 535, and prints each e-mail it accepts:
 * to whom, the subject and the text.
 */
import { parseArgs } from 'node:util';
import { startSmtpFake } from '../packages/server/test/smtp-fake.mjs';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '2525' },
    user: { type: 'string', default: 'noreply@example.org' },
    password: { type: 'string', default: 'local-secret' },
  },
});
const fake = await startSmtpFake({
  port: Number(values.port),
  user: values.user,
  password: values.password,
  onMail: (m) =>
    console.log(`[smtp] ${m.from} → ${m.to.join(', ')}\n  ${m.subject}\n  ${m.text.replace(/\n/g, '\n  ')}`),
});
console.log(
  `SMTP server listening on 127.0.0.1:${fake.port} (user ${values.user}, password ${values.password}, no TLS): GONGHUI_SMTP_URL=${fake.url}`,
);
const stop = () => fake.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
