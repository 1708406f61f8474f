/**
 * A local stand-in for an SMTP server, for an operator trying GONGHUI_SMTP_URL before the real one is at hand
 * (`node scripts/smtp-fake.mjs --port 2525`). It takes the user and password it was given (AUTH PLAIN or LOGIN, no
 * TLS), refuses others with 535 as a real server would, and keeps each e-mail with its subject and text decoded;
 * `onMail` is told of each one.
 */
import { SMTPServer } from 'smtp-server';

/** An RFC 2047 header (=?UTF-8?B?…?= and =?UTF-8?Q?…?= words) as text. */
function decodeHeader(value) {
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?utf-8\?([bq])\?([^?]*)\?=/gi, (_, enc, text) =>
      enc.toLowerCase() === 'b' ? Buffer.from(text, 'base64').toString('utf8') : qp(text.replace(/_/g, ' ')),
    );
}

/** Quoted-printable as UTF-8 text. */
function qp(text) {
  const bytes = text
    .replace(/=\r?\n/g, '')
    .replace(/=([0-9A-F]{2})/gi, (_, h) => String.fromCharCode(Number.parseInt(h, 16)));
  return Buffer.from(bytes, 'latin1').toString('utf8');
}

/** A single-part text e-mail (as nodemailer writes the platform's) read into its subject and text. */
export function readMail(raw) {
  const [head, ...rest] = raw.split(/\r?\n\r?\n/);
  const headers = {};
  for (const line of head.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const i = line.indexOf(':');
    if (i > 0) headers[line.slice(0, i).toLowerCase()] = line.slice(i + 1).trim();
  }
  const body = rest.join('\n\n');
  const encoding = (headers['content-transfer-encoding'] ?? '').toLowerCase();
  const text =
    encoding === 'quoted-printable'
      ? qp(body)
      : encoding === 'base64'
        ? Buffer.from(body, 'base64').toString('utf8')
        : body;
  return {
    from: decodeHeader(headers.from ?? ''),
    subject: decodeHeader(headers.subject ?? ''),
    text: text.replace(/\r\n/g, '\n').trimEnd(),
  };
}

/** Starts the stand-in on 127.0.0.1:`port` (0: a free one). */
export async function startSmtpFake({ port = 0, user, password, onMail = () => {} }) {
  const mails = [];
  let refusedLogins = 0;
  const server = new SMTPServer({
    allowInsecureAuth: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onAuth(auth, _session, cb) {
      if (auth.username === user && auth.password === password) return cb(null, { user });
      refusedLogins += 1;
      return cb(Object.assign(new Error('Authentication credentials invalid'), { responseCode: 535 }));
    },
    onData(stream, session, cb) {
      const chunks = [];
      stream.on('data', (c) => chunks.push(c));
      stream.on('end', () => {
        const mail = {
          envelopeFrom: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          ...readMail(Buffer.concat(chunks).toString('utf8')),
        };
        mails.push(mail);
        onMail(mail);
        cb();
      });
    },
  });
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  const actual = server.server.address().port;
  return {
    port: actual,
    url: `smtp://${encodeURIComponent(user)}:${encodeURIComponent(password)}@127.0.0.1:${actual}`,
    mails,
    get refusedLogins() {
      return refusedLogins;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
