/**
 * Local stand-ins for the two SMS providers' APIs, for tests, journeys and an operator trying the set-up
 * (`node scripts/sms-fake.mjs --provider tencent --port 9100`). Each answers as the provider's documented API does
 * and checks the request's signature with the secret it was given, so a sender with a wrong secret is refused
 * exactly as the provider would refuse it:
 * - Tencent Cloud SMS (API 2021-01-11): POST / with a JSON body, X-TC-Action SendSms | PullSmsSendStatus,
 *   signed TC3-HMAC-SHA256 (https://cloud.tencent.com/document/api/382/52071);
 * - Alibaba Cloud SMS (dysmsapi 2017-05-25): RPC style, the parameters in the query, x-acs-action SendSms |
 *   QuerySendDetails, signed ACS3-HMAC-SHA256 as the OpenAPI client sends it (the V3 signature).
 *
 * A test scripts the next answers with `fake.answerNext(code)` (a provider error code, e.g.
 * 'InternalError.Timeout' or 'isv.MOBILE_NUMBER_ILLEGAL') and the delivery receipts with `fake.receipt(phone,
 * { ok, code, description })`; `fake.messages` lists what was accepted, `fake.refusedSignatures` counts the requests
 * refused for their signature.
 */
import { createHash, createHmac } from 'node:crypto';
import { createServer } from 'node:http';

const sha256hex = (s) => createHash('sha256').update(s).digest('hex');
const hmac = (key, s, enc) => createHmac('sha256', key).update(s).digest(enc);

function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function listen(server, port) {
  return new Promise((resolve) => {
    server.listen(port, '127.0.0.1', () => resolve(server.address().port));
  });
}

/** A fake's handle once `server` listens on `port` (0: a free one): its state, where it answers, and how to stop it. */
async function serve(server, port, state) {
  const actual = await listen(server, port);
  return {
    ...state,
    state,
    url: `http://127.0.0.1:${actual}`,
    port: actual,
    get messages() {
      return state.messages;
    },
    get refusedSignatures() {
      return state.refusedSignatures;
    },
    get requests() {
      return state.requests;
    },
    close: () => new Promise((r) => server.close(() => r())),
  };
}

/** The common shape of both fakes: scripted answers, accepted messages, receipts. */
function fakeState() {
  const state = {
    /** Accepted messages: { phone, templateId, params, sign, serial, at, reported } */
    messages: [],
    refusedSignatures: 0,
    requests: 0,
    queue: [],
    receipts: new Map(),
    serial: 0,
    answerNext(...codes) {
      state.queue.push(...codes);
    },
    receipt(phone, r) {
      state.receipts.set(phone, r);
    },
    nextCode() {
      return state.queue.length ? state.queue.shift() : null;
    },
    receiptOf(phone) {
      return (
        state.receipts.get(phone.replace(/^\+86/, '')) ?? {
          ok: true,
          code: 'DELIVRD',
          description: '用户接收成功',
        }
      );
    },
  };
  return state;
}

/** Checks a TC3-HMAC-SHA256 Authorization header against the secret; null when it matches, else why not. */
export function checkTc3(req, body, secretId, secretKey) {
  const auth = req.headers.authorization ?? '';
  const m =
    /^TC3-HMAC-SHA256 Credential=([^/]+)\/(\d{4}-\d{2}-\d{2})\/([^/]+)\/tc3_request, SignedHeaders=([^,]+), Signature=([0-9a-f]{64})$/.exec(
      auth,
    );
  if (!m) return 'malformed Authorization';
  const [, id, date, service, signedHeaders, signature] = m;
  if (id !== secretId) return 'unknown SecretId';
  const timestamp = Number(req.headers['x-tc-timestamp']);
  if (new Date(timestamp * 1000).toISOString().slice(0, 10) !== date)
    return 'date does not match the timestamp';
  const host = String(req.headers.host ?? '').split(':')[0];
  const headers = signedHeaders
    .split(';')
    .map((h) => `${h}:${h === 'host' ? host : String(req.headers[h] ?? '').trim()}\n`)
    .join('');
  const url = new URL(req.url, 'http://x');
  const canonical = `${req.method}\n${url.pathname}\n${url.search.slice(1)}\n${headers}\n${signedHeaders}\n${sha256hex(body)}`;
  const toSign = `TC3-HMAC-SHA256\n${timestamp}\n${date}/${service}/tc3_request\n${sha256hex(canonical)}`;
  const kDate = hmac(`TC3${secretKey}`, date);
  const kService = hmac(kDate, service);
  const kSigning = hmac(kService, 'tc3_request');
  return hmac(kSigning, toSign, 'hex') === signature ? null : 'signature mismatch';
}

/** Tencent's error codes the fake knows, with their documented messages. */
const TENCENT_MESSAGES = {
  'InternalError.Timeout': 'request timeout',
  'InternalError.SendAndRecvFail': 'send and receive fail',
  'LimitExceeded.PhoneNumberOneHourLimit':
    'the number of sms messages sent from a single mobile number within 1 hour exceeds the upper limit',
  'InvalidParameterValue.IncorrectPhoneNumber': 'incorrect phone number',
  'FailedOperation.TemplateIncorrectOrUnapproved':
    'template is not approved or request content does not match the approved template content',
  'FailedOperation.SignatureIncorrectOrUnapproved':
    'signature is not approved or request content does not match',
  'FailedOperation.InsufficientBalanceInSmsPackage': 'insufficient balance in sms package',
};

/** A Tencent Cloud SMS API on 127.0.0.1:port (0: any free port). */
export async function startTencentFake({ secretId, secretKey, appId, port = 0, log } = {}) {
  const state = fakeState();
  let requestNo = 0;
  const server = createServer(async (req, res) => {
    const body = await readBody(req);
    state.requests += 1;
    const requestId = `tc-req-${++requestNo}`;
    const reply = (response) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ Response: { ...response, RequestId: requestId } }));
    };
    const refused = checkTc3(req, body, secretId, secretKey);
    if (refused) {
      state.refusedSignatures += 1;
      log?.(`refused (${refused})`);
      const code =
        refused === 'unknown SecretId' ? 'AuthFailure.SecretIdNotFound' : 'AuthFailure.SignatureFailure';
      return reply({
        Error: { Code: code, Message: `The provided credentials could not be validated (${refused}).` },
      });
    }
    const input = JSON.parse(body || '{}');
    const action = req.headers['x-tc-action'];
    if (appId && input.SmsSdkAppId !== appId)
      return reply({
        Error: { Code: 'InvalidParameterValue.SdkAppIdNotExist', Message: 'SdkAppId does not exist' },
      });
    if (action === 'SendSms') {
      const code = state.nextCode();
      if (code?.startsWith('InternalError.') && code.endsWith('!'))
        return reply({
          Error: { Code: code.slice(0, -1), Message: TENCENT_MESSAGES[code.slice(0, -1)] ?? code },
        });
      const set = (input.PhoneNumberSet ?? []).map((phone) => {
        if (code)
          return {
            SerialNo: '',
            PhoneNumber: phone,
            Fee: 0,
            SessionContext: '',
            Code: code,
            Message: TENCENT_MESSAGES[code] ?? code,
            IsoCode: 'CN',
          };
        const serial = `2433:${++state.serial}`;
        const at = Math.floor(Number(req.headers['x-tc-timestamp']));
        state.messages.push({
          phone,
          templateId: input.TemplateId,
          params: input.TemplateParamSet ?? [],
          sign: input.SignName,
          serial,
          at,
          reported: false,
        });
        log?.(
          `SendSms ${phone} template ${input.TemplateId} [${(input.TemplateParamSet ?? []).join(', ')}] sign ${input.SignName} → ${serial}`,
        );
        return {
          SerialNo: serial,
          PhoneNumber: phone,
          Fee: 1,
          SessionContext: input.SessionContext ?? '',
          Code: 'Ok',
          Message: 'send success',
          IsoCode: 'CN',
        };
      });
      return reply({ SendStatusSet: set });
    }
    if (action === 'PullSmsSendStatus') {
      const limit = input.Limit ?? 100;
      const out = [];
      for (const m of state.messages) {
        if (m.reported || out.length >= limit) continue;
        m.reported = true;
        const r = state.receiptOf(m.phone);
        out.push({
          UserReceiveTime: new Date((m.at + 5) * 1000).toISOString().replace('T', ' ').slice(0, 19),
          CountryCode: '86',
          SubscriberNumber: m.phone.replace(/^\+86/, ''),
          PhoneNumber: m.phone,
          SerialNo: m.serial,
          ReportStatus: r.ok ? 'SUCCESS' : 'FAIL',
          Description: r.description ?? r.code,
          SessionContext: '',
        });
      }
      return reply({ PullSmsSendStatusSet: out });
    }
    return reply({ Error: { Code: 'InvalidAction', Message: `unknown action ${action}` } });
  });
  return serve(server, port, state);
}

const acsEncode = (s) =>
  encodeURIComponent(s)
    .replace(/!/g, '%21')
    .replace(/'/g, '%27')
    .replace(/\(/g, '%28')
    .replace(/\)/g, '%29')
    .replace(/\*/g, '%2A');

/** Checks an ACS3-HMAC-SHA256 Authorization header (the V3 signature); null when it matches, else why not. */
export function checkAcs3(req, body, keyId, keySecret) {
  const auth = req.headers.authorization ?? '';
  const m = /^ACS3-HMAC-SHA256 Credential=([^,]+),SignedHeaders=([^,]+),Signature=([0-9a-f]{64})$/.exec(auth);
  if (!m) return 'malformed Authorization';
  const [, id, signedHeaders, signature] = m;
  if (id !== keyId) return 'unknown AccessKeyId';
  const hashed = req.headers['x-acs-content-sha256'];
  if (hashed !== sha256hex(body)) return 'body hash mismatch';
  const url = new URL(req.url, 'http://x');
  const query = [...url.searchParams.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([k, v]) => `${k}=${acsEncode(v)}`)
    .join('&');
  const names = signedHeaders.split(';');
  const headers = names.map((h) => `${h}:${String(req.headers[h] ?? '').trim()}\n`).join('');
  const canonical = `${req.method}\n${url.pathname}\n${query}\n${headers}\n${signedHeaders}\n${hashed}`;
  const toSign = `ACS3-HMAC-SHA256\n${sha256hex(canonical)}`;
  return hmac(keySecret, toSign, 'hex') === signature ? null : 'signature mismatch';
}

const ALIYUN_MESSAGES = {
  'isp.SYSTEM_ERROR': 'isp.SYSTEM_ERROR',
  'isv.BUSINESS_LIMIT_CONTROL': '触发号码天级流控Permits:10',
  'isv.MOBILE_NUMBER_ILLEGAL': '非法手机号',
  'isv.SMS_TEMPLATE_ILLEGAL': '该账号下找不到对应模板',
  'isv.SMS_SIGNATURE_ILLEGAL': '该账号下找不到对应签名',
  'isv.AMOUNT_NOT_ENOUGH': '账户余额不足',
};

/** An Alibaba Cloud SMS API (dysmsapi 2017-05-25) on 127.0.0.1:port (0: any free port). */
export async function startAliyunFake({ keyId, keySecret, port = 0, log } = {}) {
  const state = fakeState();
  let requestNo = 0;
  const server = createServer(async (req, res) => {
    const body = await readBody(req);
    state.requests += 1;
    const RequestId = `ali-req-${++requestNo}`;
    const reply = (status, response) => {
      res.writeHead(status, { 'content-type': 'application/json;charset=utf-8' });
      res.end(JSON.stringify({ RequestId, ...response }));
    };
    const refused = checkAcs3(req, body, keyId, keySecret);
    if (refused) {
      state.refusedSignatures += 1;
      log?.(`refused (${refused})`);
      if (refused === 'unknown AccessKeyId')
        return reply(404, {
          Code: 'InvalidAccessKeyId.NotFound',
          Message: 'Specified access key is not found.',
        });
      return reply(400, {
        Code: 'SignatureDoesNotMatch',
        Message: `Specified signature is not matched with our calculation. (${refused})`,
      });
    }
    const q = Object.fromEntries(new URL(req.url, 'http://x').searchParams.entries());
    const action = req.headers['x-acs-action'];
    if (action === 'SendSms') {
      const code = state.nextCode();
      if (code) return reply(200, { Code: code, Message: ALIYUN_MESSAGES[code] ?? code });
      const bizId = `${900000 + ++state.serial}^0`;
      const params = JSON.parse(q.TemplateParam ?? '{}');
      const day = String(req.headers['x-acs-date'] ?? '')
        .slice(0, 10)
        .replaceAll('-', '');
      state.messages.push({
        phone: q.PhoneNumbers,
        templateId: q.TemplateCode,
        params,
        sign: q.SignName,
        serial: bizId,
        day,
        reported: false,
      });
      log?.(
        `SendSms ${q.PhoneNumbers} template ${q.TemplateCode} ${q.TemplateParam ?? ''} sign ${q.SignName} → ${bizId}`,
      );
      return reply(200, { Code: 'OK', Message: 'OK', BizId: bizId });
    }
    if (action === 'QuerySendDetails') {
      const found = state.messages.filter(
        (m) => m.phone === q.PhoneNumber && (!q.BizId || m.serial === q.BizId),
      );
      const dtos = found.map((m) => {
        const r = state.receiptOf(m.phone);
        return {
          PhoneNum: m.phone,
          SendStatus: r.pending ? 1 : r.ok ? 3 : 2,
          ErrCode: r.ok ? 'DELIVERED' : r.code,
          TemplateCode: m.templateId,
          Content: `【${m.sign}】…`,
          SendDate: '2026-06-15 10:00:00',
          ReceiveDate: '2026-06-15 10:00:05',
          OutId: '',
        };
      });
      return reply(200, {
        Code: 'OK',
        Message: 'OK',
        TotalCount: dtos.length,
        SmsSendDetailDTOs: { SmsSendDetailDTO: dtos },
      });
    }
    return reply(404, {
      Code: 'InvalidAction.NotFound',
      Message: `Specified api is not found, please check your url and method. (${action})`,
    });
  });
  return serve(server, port, state);
}
