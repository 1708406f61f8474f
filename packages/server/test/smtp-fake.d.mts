export interface FakeMail {
  envelopeFrom: string;
  to: string[];
  from: string;
  subject: string;
  text: string;
}

export interface SmtpFake {
  port: number;
  /** smtp://user:password@127.0.0.1:port, as GONGHUI_SMTP_URL takes it. */
  url: string;
  readonly mails: FakeMail[];
  readonly refusedLogins: number;
  close(): Promise<void>;
}

export function readMail(raw: string): { from: string; subject: string; text: string };

export function startSmtpFake(o: {
  port?: number;
  user: string;
  password: string;
  onMail?: (mail: FakeMail) => void;
}): Promise<SmtpFake>;
