import type { Bilingual } from '../../shared/errors.ts';

/**
 * The providers' documented error codes: which are worth a retry (transient) and what the delivery page says of
 * each. A code not listed is permanent unless it names the provider's own trouble (InternalError., isp.) or a
 * short rate limit; its words are the provider's own, prefixed.
 */
const KNOWN: Record<string, Bilingual & { transient?: boolean }> = {
  // Tencent Cloud SMS (https://cloud.tencent.com/document/api/382/55981)
  'InternalError.Timeout': { zh: '服务商超时', en: 'The provider timed out', transient: true },
  'InternalError.SendAndRecvFail': {
    zh: '服务商收发失败',
    en: 'The provider failed to send',
    transient: true,
  },
  'InternalError.RequestTimeException': {
    zh: '请求时间与服务商不符',
    en: 'Request time rejected',
    transient: true,
  },
  RequestLimitExceeded: { zh: '请求过于频繁', en: 'Too many requests', transient: true },
  'LimitExceeded.PhoneNumberThirtySecondLimit': {
    zh: '同一号码 30 秒内发送过多',
    en: 'Too many messages to the number within 30 seconds',
    transient: true,
  },
  'LimitExceeded.PhoneNumberOneHourLimit': {
    zh: '服务商限制：同一号码 1 小时内发送过多',
    en: 'Provider limit: too many messages to the number within an hour',
  },
  'LimitExceeded.PhoneNumberDailyLimit': {
    zh: '服务商限制：同一号码当日发送过多',
    en: 'Provider limit: too many messages to the number today',
  },
  'InvalidParameterValue.IncorrectPhoneNumber': { zh: '手机号码无效', en: 'Invalid phone number' },
  'FailedOperation.PhoneNumberInBlacklist': { zh: '号码在黑名单中', en: 'The number is blacklisted' },
  'FailedOperation.TemplateIncorrectOrUnapproved': {
    zh: '短信模板未审核通过或与内容不符',
    en: 'The template is not approved or does not match',
  },
  'FailedOperation.SignatureIncorrectOrUnapproved': {
    zh: '短信签名未审核通过或与内容不符',
    en: 'The signature is not approved or does not match',
  },
  'FailedOperation.InsufficientBalanceInSmsPackage': {
    zh: '短信套餐包余量不足',
    en: 'SMS package balance exhausted',
  },
  'InvalidParameterValue.TemplateParameterFormatError': {
    zh: '模板参数格式不符',
    en: 'A template parameter has the wrong format',
  },
  'InvalidParameterValue.TemplateParameterLengthLimit': {
    zh: '模板参数超出长度限制',
    en: 'A template parameter is too long',
  },
  'AuthFailure.SignatureFailure': {
    zh: '服务商拒绝了请求签名（密钥不符）',
    en: 'The provider refused the request signature (wrong secret)',
  },
  'AuthFailure.SecretIdNotFound': {
    zh: '服务商不认识该密钥 ID',
    en: 'The provider does not know the key id',
  },
  // Alibaba Cloud SMS (https://help.aliyun.com/document_detail/101346.html)
  'isp.SYSTEM_ERROR': { zh: '服务商系统错误', en: 'Provider system error', transient: true },
  'isv.BUSINESS_LIMIT_CONTROL': {
    zh: '服务商流控，稍后重试',
    en: 'Provider flow control; retried later',
    transient: true,
  },
  Throttling: { zh: '请求过于频繁', en: 'Too many requests', transient: true },
  'isv.MOBILE_NUMBER_ILLEGAL': { zh: '手机号码无效', en: 'Invalid phone number' },
  'isv.SMS_TEMPLATE_ILLEGAL': {
    zh: '短信模板不存在或未审核通过',
    en: 'The template does not exist or is not approved',
  },
  'isv.SMS_SIGNATURE_ILLEGAL': {
    zh: '短信签名不存在或未审核通过',
    en: 'The signature does not exist or is not approved',
  },
  'isv.TEMPLATE_MISSING_PARAMETERS': { zh: '模板缺少参数', en: 'A template parameter is missing' },
  'isv.INVALID_PARAMETERS': { zh: '参数异常', en: 'Invalid parameters' },
  'isv.AMOUNT_NOT_ENOUGH': { zh: '账户余额不足', en: 'Account balance exhausted' },
  'isv.BLACK_KEY_CONTROL_LIMIT': { zh: '内容含禁止的关键字', en: 'The content contains a blocked word' },
  'isv.OUT_OF_SERVICE': { zh: '服务商业务停机', en: 'The provider account is suspended' },
  'isv.DAY_LIMIT_CONTROL': {
    zh: '服务商限制：当日发送已达上限',
    en: 'Provider limit: daily maximum reached',
  },
  SignatureDoesNotMatch: {
    zh: '服务商拒绝了请求签名（密钥不符）',
    en: 'The provider refused the request signature (wrong secret)',
  },
  'InvalidAccessKeyId.NotFound': { zh: '服务商不认识该密钥 ID', en: 'The provider does not know the key id' },
  NETWORK: { zh: '无法连接服务商', en: 'The provider could not be reached', transient: true },
};

const TRANSIENT_PREFIXES = ['InternalError', 'isp.', 'ServiceUnavailable', 'Throttling'];

/** Whether a provider error code is worth a retry, and its reason in both languages. */
export function classifyProviderError(
  code: string,
  message: string,
): { transient: boolean; reason: Bilingual } {
  const known = KNOWN[code];
  if (known) return { transient: known.transient === true, reason: { zh: known.zh, en: known.en } };
  const transient = TRANSIENT_PREFIXES.some((p) => code.startsWith(p));
  return {
    transient,
    reason: { zh: `服务商拒绝发送：${message || code}`, en: `The provider refused: ${message || code}` },
  };
}

/** A carrier's receipt reason, in both languages. */
export function receiptReason(code: string, description: string): Bilingual {
  const words = description && description !== code ? `${description}（${code}）` : code;
  return { zh: `未送达：${words}`, en: `Not delivered: ${words}` };
}
