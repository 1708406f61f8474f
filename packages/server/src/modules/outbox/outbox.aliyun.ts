import Dysmsapi, { QuerySendDetailsRequest, SendSmsRequest } from '@alicloud/dysmsapi20170525';
import { Config } from '@alicloud/openapi-client';
import type { SmsConfig } from '../../config.ts';
import { todayInChina } from '../../shared/dates.ts';
import type { Receipt, SendAnswer, SmsProvider } from './outbox.provider.ts';
import { endpointParts } from './outbox.provider.ts';
import { classifyProviderError } from './outbox.provider-errors.ts';

interface AliyunError {
  code?: string;
  message?: string;
  data?: { Message?: string; RequestId?: string };
  requestId?: string;
}

/**
 * Alibaba Cloud SMS (dysmsapi 2017-05-25) through its SDK: SendSms, and QuerySendDetails per message for receipts.
 * The OpenAPI client takes the endpoint as host[:port] and the protocol apart; its requests carry the V3 signature
 * (ACS3-HMAC-SHA256). Template parameters go by name, as a JSON object.
 */
export function createAliyunProvider(config: SmsConfig): SmsProvider {
  const { host, protocol } = endpointParts(config.endpoint);
  const client = new Dysmsapi(
    new Config({
      accessKeyId: config.keyId,
      accessKeySecret: config.keySecret,
      endpoint: host,
      protocol,
      readTimeout: 15_000,
      connectTimeout: 5_000,
    }) as unknown as ConstructorParameters<typeof Dysmsapi>[0],
  );
  const failure = (e: unknown): SendAnswer => {
    const err = e as AliyunError;
    const code = err.code || 'NETWORK';
    const message = err.data?.Message ?? err.message ?? '';
    const { transient, reason } = classifyProviderError(code, message);
    return {
      ok: false,
      transient,
      code,
      message,
      requestId: err.requestId ?? err.data?.RequestId ?? null,
      serial: null,
      billed: null,
      reason,
    };
  };
  return {
    name: 'aliyun',
    async send(m) {
      try {
        const answer = await client.sendSms(
          new SendSmsRequest({
            phoneNumbers: m.to,
            signName: config.sign,
            templateCode: m.templateId,
            templateParam: JSON.stringify(Object.fromEntries(m.params.map((p) => [p.name, p.value]))),
          }),
        );
        const body = answer.body;
        const requestId = body?.requestId ?? null;
        if (body?.code === 'OK')
          return {
            ok: true,
            transient: false,
            code: 'OK',
            message: body.message ?? '',
            requestId,
            serial: body.bizId ?? null,
            billed: null,
          };
        return { ...failure({ code: body?.code, message: body?.message }), requestId };
      } catch (e) {
        return failure(e);
      }
    },
    async receipts(sent) {
      const out: Receipt[] = [];
      for (const s of sent) {
        const answer = await client.querySendDetails(
          new QuerySendDetailsRequest({
            phoneNumber: s.to,
            bizId: s.serial,
            sendDate: todayInChina(s.sentAt).replaceAll('-', ''),
            pageSize: 10,
            currentPage: 1,
          }),
        );
        const detail = answer.body?.smsSendDetailDTOs?.smsSendDetailDTO?.[0];
        if (!detail) continue;
        out.push({
          serial: s.serial,
          delivered: detail.sendStatus === 3,
          pending: detail.sendStatus === 1,
          code: detail.errCode ?? '',
          description: detail.errCode ?? '',
        });
      }
      return out;
    },
  };
}
