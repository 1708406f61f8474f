import * as tencent from 'tencentcloud-sdk-nodejs-sms';
import type { SmsConfig } from '../../config.ts';
import type { Receipt, SendAnswer, SmsProvider } from './outbox.provider.ts';
import { endpointParts } from './outbox.provider.ts';
import { classifyProviderError } from './outbox.provider-errors.ts';

/** An 11-digit mainland number in E.164, as Tencent wants it. */
const e164 = (phone: string) => (phone.startsWith('+') ? phone : `+86${phone}`);

interface TencentError {
  code?: string;
  message?: string;
  requestId?: string;
}

/**
 * Tencent Cloud SMS (API 2021-01-11) through its SDK: SendSms, and PullSmsSendStatus for receipts. The SDK takes
 * the endpoint as host[:port] and the protocol apart; requests are signed TC3-HMAC-SHA256.
 */
export function createTencentProvider(config: SmsConfig): SmsProvider {
  const { host, protocol } = endpointParts(config.endpoint);
  const client = new tencent.sms.v20210111.Client({
    credential: { secretId: config.keyId, secretKey: config.keySecret },
    region: 'ap-guangzhou',
    profile: { httpProfile: { endpoint: host, protocol: `${protocol}://`, reqTimeout: 15 } },
  });
  const failure = (e: unknown): SendAnswer => {
    const err = e as TencentError;
    const code = err.code || 'NETWORK';
    const { transient, reason } = classifyProviderError(code, err.message ?? '');
    return {
      ok: false,
      transient,
      code,
      message: err.message ?? '',
      requestId: err.requestId || null,
      serial: null,
      billed: null,
      reason,
    };
  };
  return {
    name: 'tencent',
    async send(m) {
      let answer: Awaited<ReturnType<typeof client.SendSms>>;
      try {
        answer = await client.SendSms({
          PhoneNumberSet: [e164(m.to)],
          SmsSdkAppId: config.appId,
          SignName: config.sign,
          TemplateId: m.templateId,
          TemplateParamSet: m.params.map((p) => p.value),
        });
      } catch (e) {
        return failure(e);
      }
      const status = answer.SendStatusSet?.[0];
      const requestId = answer.RequestId ?? null;
      if (!status)
        return { ...failure({ code: 'InternalError.SendAndRecvFail', message: 'no status' }), requestId };
      if (status.Code === 'Ok')
        return {
          ok: true,
          transient: false,
          code: status.Code,
          message: status.Message ?? '',
          requestId,
          serial: status.SerialNo ?? null,
          billed: status.Fee ?? null,
        };
      return { ...failure({ code: status.Code, message: status.Message }), requestId };
    },
    async receipts() {
      const answer = await client.PullSmsSendStatus({ SmsSdkAppId: config.appId, Limit: 100 });
      return (answer.PullSmsSendStatusSet ?? []).map(
        (s): Receipt => ({
          serial: s.SerialNo ?? '',
          delivered: s.ReportStatus === 'SUCCESS',
          code: s.ReportStatus ?? '',
          description: s.Description ?? '',
        }),
      );
    },
  };
}
