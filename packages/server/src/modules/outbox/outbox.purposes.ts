import { MESSAGE_KIND_WORDS } from '../messages/index.ts';

/**
 * Every purpose an SMS is sent for, with its template parameters in the order the provider expects them (Tencent
 * fills {1}, {2} … in this order; Alibaba Cloud names them ${code}, ${minutes} …), so that an operator can submit
 * the templates for approval from the template page. The outbox sender keeps the message text; a provider gets the
 * template id and these parameters.
 */
export interface SmsParam {
  name: string;
  zh: string;
  en: string;
  /** A code or password: masked in the outbox row once the message is sent or given up. */
  secret?: boolean;
}

export interface SmsPurpose {
  purpose: string;
  zh: string;
  en: string;
  params: SmsParam[];
  /** A one-time code: never shown once sent (masked in lists, logs and exports). */
  secret?: boolean;
  /** An in-app message kind a person may also choose to get by SMS. */
  messageKind?: boolean;
  /** A message kind sent to staff accounts only: a worker is never sent it, so never offered it. */
  staffOnly?: boolean;
  /** The parameters of a caller that passed only the text (the text as it is written today). */
  fromText?: (text: string) => Record<string, string>;
}

const CODE: SmsParam = { name: 'code', zh: '6 位验证码', en: 'the 6-digit code', secret: true };
const MINUTES: SmsParam = { name: 'minutes', zh: '有效分钟数', en: 'minutes the code is valid' };
const ORG: SmsParam = { name: 'org', zh: '工会名称', en: 'the union’s name' };
const TITLE: SmsParam = { name: 'title', zh: '消息标题', en: 'the message title' };

const codeFromText = (text: string) => ({
  code: /(\d{6})/.exec(text)?.[1] ?? '',
  minutes: /(\d+)\s*分钟/.exec(text)?.[1] ?? '5',
});

/**
 * The kinds of in-app message that may also go by SMS, in the modules' order: each template takes the message's
 * title, and a kind only staff get is offered to staff only.
 */
const KIND_PURPOSES: SmsPurpose[] = Object.entries(MESSAGE_KIND_WORDS).flatMap(([purpose, { to, sms }]) =>
  'never' in sms
    ? []
    : [
        {
          purpose,
          zh: sms.zh,
          en: sms.en,
          params: [TITLE],
          messageKind: true,
          ...(to === 'staff' ? { staffOnly: true } : {}),
        },
      ],
);

/** The codes and notices the platform sends itself, then the kinds of in-app message that may go by SMS. */
export const SMS_PURPOSES: readonly SmsPurpose[] = [
  {
    purpose: 'activation_code',
    zh: '账号激活验证码',
    en: 'Account activation code',
    params: [CODE, MINUTES],
    secret: true,
    fromText: codeFromText,
  },
  {
    // a worker's new phone number, proved before it becomes theirs (ADR 147)
    purpose: 'phone_change_code',
    zh: '更换手机号验证码',
    en: 'Phone number change code',
    params: [CODE, MINUTES],
    secret: true,
    fromText: codeFromText,
  },
  {
    purpose: 'login_code',
    zh: '短信登录验证码',
    en: 'Sign-in code',
    params: [CODE, MINUTES],
    secret: true,
    fromText: codeFromText,
  },
  {
    // an account opened from a sheet where a provider is configured (issue 45): its first password, to change
    // at the first sign-in; without a provider the sheet of first passwords is downloaded once instead
    purpose: 'account_password',
    zh: '账号开通及初始密码',
    en: 'Account opened, with its first password',
    params: [
      { name: 'username', zh: '用户名', en: 'the user name' },
      { name: 'password', zh: '初始密码', en: 'the first password', secret: true },
    ],
    secret: true,
  },
  {
    purpose: 'join_received',
    zh: '入会申请已收到',
    en: 'Joining request received',
    params: [ORG],
    fromText: (t) => ({ org: /（(.+?)）/.exec(t)?.[1] ?? '' }),
  },
  {
    purpose: 'join_accepted',
    zh: '入会申请通过',
    en: 'Joining request accepted',
    params: [ORG],
    fromText: (t) => ({ org: /加入(.+?)，/.exec(t)?.[1] ?? '' }),
  },
  {
    purpose: 'join_declined',
    zh: '入会申请未通过',
    en: 'Joining request declined',
    params: [ORG, { name: 'reason', zh: '原因', en: 'the reason' }],
    fromText: (t) => {
      const m = /加入(.+?)未获通过，原因：(.*)$/s.exec(t);
      return { org: m?.[1] ?? '', reason: m?.[2] ?? '' };
    },
  },
  ...KIND_PURPOSES,
];

/** The kinds of in-app message that never go by SMS, each with why (their vocabulary's `sms: { never }`). */
export const NEVER_BY_SMS: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(MESSAGE_KIND_WORDS).flatMap(([kind, { sms }]) =>
    'never' in sms ? [[kind, sms.never]] : [],
  ),
);

const BY_PURPOSE = new Map(SMS_PURPOSES.map((p) => [p.purpose, p]));

export const findSmsPurpose = (purpose: string): SmsPurpose | undefined => BY_PURPOSE.get(purpose);

/** Whether an SMS of this purpose carries a one-time code. */
export const isSecretPurpose = (purpose: string): boolean => BY_PURPOSE.get(purpose)?.secret === true;

/** The parameters of this purpose that are a code or a password (masked once the message is sent). */
export const secretParamNames = (purpose: string): ReadonlySet<string> =>
  new Set((BY_PURPOSE.get(purpose)?.params ?? []).filter((p) => p.secret).map((p) => p.name));

/** The message kinds a person may also get by SMS; a worker (`forWorker`) is offered only those a worker is sent. */
export const smsMessageKinds = (forWorker = false): string[] =>
  SMS_PURPOSES.filter((p) => p.messageKind && !(forWorker && p.staffOnly)).map((p) => p.purpose);

/** A text with its one-time codes (runs of 4–8 digits) replaced by asterisks. */
export const maskCode = (text: string): string => text.replace(/\d{4,8}/g, (d) => '*'.repeat(d.length));

/** The template parameters of a message, in the purpose's order: the caller's, else read from the text. */
export function templateParams(
  purpose: string,
  text: string,
  given?: Record<string, string>,
): { name: string; value: string }[] {
  const p = BY_PURPOSE.get(purpose);
  if (!p) return [];
  const values = given ?? p.fromText?.(text) ?? {};
  return p.params.map((param) => ({ name: param.name, value: String(values[param.name] ?? '') }));
}
