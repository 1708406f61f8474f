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

/** A message kind that may also go by SMS: its template takes the message title. */
const kind = (purpose: string, zh: string, en: string): SmsPurpose => ({
  purpose,
  zh,
  en,
  params: [TITLE],
  messageKind: true,
});

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
  kind('application.approved_step', '申请通过一级审核', 'Application passed a review step'),
  kind('application.approved', '申请已批准', 'Application approved'),
  kind('application.rejected', '申请未获批准', 'Application rejected'),
  kind('application.returned', '申请被退回补正', 'Application returned for correction'),
  kind('payment.paid', '款项已发放', 'Payment made'),
  kind('claim.granted', '领取资格已确认', 'Claim granted'),
  kind('claim.won', '抽签中签', 'Won a lottery draw'),
  kind('case.update', '诉求有新进展', 'Request updated'),
  kind('counselling.booked', '心理咨询已预约', 'Counselling session booked'),
  kind('counselling.reminder', '心理咨询提醒', 'Counselling session reminder'),
  kind('counselling.cancelled', '心理咨询已取消', 'Counselling session cancelled'),
  kind('wellness.nominated', '疗休养 / 体检入选', 'Nominated for a wellness trip'),
  kind('wellness.reminder', '疗休养 / 体检出发提醒', 'Wellness trip reminder'),
  kind('wellness.withdrawn', '疗休养 / 体检名额取消', 'Wellness place withdrawn'),
  kind('activity.promoted', '活动候补转正', 'Activity place confirmed'),
  kind('activity.cancelled', '活动已取消', 'Activity cancelled'),
  kind('insurance.claim.returned', '保障理赔被退回', 'Insurance claim returned'),
  kind('insurance.claim.approved', '保障理赔已核定赔付', 'Insurance claim approved'),
  kind('insurance.claim.rejected', '保障理赔未获赔付', 'Insurance claim rejected'),
  kind('insurance.claim.paid', '保障理赔金已支付', 'Insurance claim paid'),
  kind('call.work.returned', '征集作品被退回', 'Submitted work returned'),
  kind('member_request.pending', '转会：一方工会已同意', 'Transfer agreed by one union'),
  kind('member_request.accepted', '转会 / 信息更正已办结', 'Transfer or correction done'),
  kind('member_request.declined', '转会 / 信息更正未获同意', 'Transfer or correction declined'),
  kind('mentorship.invited', '名师带徒邀请', 'Mentoring invitation'),
  kind('mentoring_session.logged', '带徒活动待确认', 'Mentoring session to confirm'),
  { ...kind('return.reminder', '报表截止提醒', 'Return deadline reminder'), staffOnly: true },
  { ...kind('return.submitted', '报表已报送待审', 'Return handed in for review'), staffOnly: true },
  { ...kind('return.accepted', '报表已审核通过', 'Return accepted'), staffOnly: true },
  { ...kind('return.returned', '报表被退回修改', 'Return sent back for changes'), staffOnly: true },
  { ...kind('counselling.crisis', '心理危机预警', 'Counselling crisis alert'), staffOnly: true },
];

/**
 * The kinds of in-app message (their module's vocabulary says who gets them) that never go by SMS, each with why.
 * Every other kind is a purpose above, `kind(…)`, that its receivers may choose on their SMS page (staff-only kinds
 * are offered to staff only): a new kind fails outbox.kinds.test.ts until it is one or the other.
 */
export const NEVER_BY_SMS: Readonly<Record<string, string>> = {};

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
