import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkSmtp, createSmtpTransport, isTransient, smtpServerName } from '../src/modules/mail/index.ts';
import { type SmtpFake, startSmtpFake } from './smtp-fake.mjs';

// The stand-in scripts/smtp-fake.mjs runs for an operator (docs/deploy.md, "E-mail (SMTP)"): the platform's own
// transport signs in to it and its e-mails read back in words.
let fake: SmtpFake;
beforeAll(async () => {
  fake = await startSmtpFake({ user: 'noreply@example.org', password: 'local-secret' });
});
afterAll(() => fake.close());

describe('the local SMTP stand-in', () => {
  it('takes an e-mail from the URL it prints and reads its Chinese subject and text back', async () => {
    await createSmtpTransport(fake.url).sendMail({
      from: '工会服务平台 <noreply@example.org>',
      to: 'clerk@example.org',
      subject: '收到新的职工诉求 / A new request from a worker',
      text: '来自手机应用，请在2026-12-02前受理\n\nThrough the phone app; accept it by 2026-12-02',
    });
    expect(fake.mails).toHaveLength(1);
    expect(fake.mails[0]).toMatchObject({
      envelopeFrom: 'noreply@example.org',
      to: ['clerk@example.org'],
      from: '工会服务平台 <noreply@example.org>',
      subject: '收到新的职工诉求 / A new request from a worker',
    });
    expect(fake.mails[0].text).toContain('来自手机应用，请在2026-12-02前受理');
    expect(fake.mails[0].text).toContain('Through the phone app; accept it by 2026-12-02');
  });

  it('refuses another password with 535, which the platform does not retry', async () => {
    const wrong = fake.url.replace('local-secret', 'wrong');
    const err = await createSmtpTransport(wrong)
      .sendMail({ from: 'noreply@example.org', to: 'clerk@example.org', subject: 's', text: 't' })
      .catch((e: unknown) => e);
    expect((err as { responseCode?: number }).responseCode).toBe(535);
    expect(isTransient(err)).toBe(false);
    expect(fake.refusedLogins).toBe(1);
  });
});

describe('the start checking GONGHUI_SMTP_URL', () => {
  it('names the server without its user and password', () => {
    expect(smtpServerName('smtps://noreply%40example.org:pw@smtp.example.org:465')).toBe(
      'smtps://smtp.example.org:465',
    );
  });

  it('finds the server answering and signing in, or says why not', async () => {
    expect(await checkSmtp(fake.url)).toBeNull();
    expect(await checkSmtp(fake.url.replace('local-secret', 'wrong'))).toMatch(/^535 /);
    const closed = await startSmtpFake({ user: 'u', password: 'p' });
    await closed.close();
    expect(await checkSmtp(closed.url)).toMatch(/ECONNREFUSED/);
  });
});
