import { AppError, fixedError } from '../../shared/errors.ts';

/** The errors of activation and online joining; the HTTP layer maps each kind to its status. */
export const onboardingErrors = {
  throttled: fixedError('throttled', 'ONBOARDING_THROTTLED', {
    zh: '请求过于频繁，请一小时后再试',
    en: 'Too many requests; try again in an hour',
  }),
  /** A phone's next activation code may be asked for `seconds` after its last (the page counts them down). */
  resendTooSoon: (seconds: number) =>
    new AppError(
      'throttled',
      'ACTIVATION_RESEND_TOO_SOON',
      { zh: `请${seconds}秒后再获取验证码`, en: `Ask for another code in ${seconds} seconds` },
      { retryAfterSeconds: seconds },
    ),
  codeInvalid: (remaining?: number) =>
    new AppError(
      'invalid',
      'ACTIVATION_CODE_INVALID',
      {
        zh: remaining === undefined ? '验证码错误或已过期，请重新获取' : `验证码错误，还可尝试${remaining}次`,
        en:
          remaining === undefined
            ? 'The code is wrong or has expired; ask for a new one'
            : `The code is wrong; ${remaining} attempts left`,
      },
      // named as the page's code box, where the page says it
      remaining === undefined ? { field: 'code' } : { field: 'code', remaining },
    ),
  codeDead: fixedError('throttled', 'ACTIVATION_CODE_LOCKED', {
    zh: '验证码错误次数过多已失效，请重新获取验证码',
    en: 'Too many wrong codes: this code no longer works; ask for a new one',
  }),
  alreadyActivated: fixedError('conflict', 'ALREADY_ACTIVATED', {
    zh: '此会员已激活账号，请直接登录',
    en: 'This member has already activated an account; please sign in',
  }),
  usernameTaken: fixedError('conflict', 'USERNAME_TAKEN', {
    zh: '用户名或手机号已被其他账号使用',
    en: 'The username or phone number is used by another account',
    field: 'username',
  }),
  unionNotFound: fixedError('not_found', 'UNION_NOT_FOUND', {
    zh: '未找到可加入的基层工会',
    en: 'No grassroots union to join was found',
  }),
  alreadyMember: fixedError('conflict', 'ALREADY_MEMBER', {
    zh: '此身份证号已是工会会员，请直接激活账号',
    en: 'This ID number already belongs to a union member; activate the account instead',
  }),
  requestPending: fixedError('conflict', 'JOIN_REQUEST_PENDING', {
    zh: '此身份证号已有待审核的入会申请，请耐心等待',
    en: 'A join request for this ID number is already waiting for review',
  }),
  requestDecided: fixedError('conflict', 'JOIN_REQUEST_DECIDED', {
    zh: '此入会申请已处理',
    en: 'This join request has already been decided',
  }),
  reasonRequired: fixedError('invalid', 'REASON_REQUIRED', {
    zh: '请填写不予通过的原因',
    en: 'Give the reason for declining',
    field: 'reason',
  }),
};
