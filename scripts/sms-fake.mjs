#!/usr/bin/env node
/**
 * A local stand-in for an SMS provider's API, to try GONGHUI_SMS_PROVIDER without an account:
 *
 *   node scripts/sms-fake.mjs --provider tencent --port 9100 [--key-id AKIDlocal] [--key-secret local-secret] [--app-id 1400000000]
 *   GONGHUI_SMS_PROVIDER=tencent GONGHUI_SMS_ENDPOINT=http://127.0.0.1:9100 GONGHUI_SMS_KEY_ID=AKIDlocal \
 *     GONGHUI_SMS_KEY_SECRET=local-secret GONGHUI_SMS_SIGN=工会 GONGHUI_SMS_APP_ID=1400000000 \
 *     GONGHUI_SMS_TEMPLATES='{"activation_code":"1001"}' npm start
 *
 * It answers as the provider's documented API (Tencent Cloud SMS 2021-01-11, or Alibaba Cloud dysmsapi 2017-05-25
 * with --provider aliyun), checks every request's signature with the secret it was given, prints each message it
 * accepts, and reports every message delivered when the server polls for receipts.
 */
import { parseArgs } from 'node:util';
import { startAliyunFake, startTencentFake } from '../packages/server/test/sms-fakes.mjs';

const { values } = parseArgs({
  options: {
    provider: { type: 'string', default: 'tencent' },
    port: { type: 'string', default: '9100' },
    'key-id': { type: 'string', default: 'AKIDlocal' },
    'key-secret': { type: 'string', default: 'local-secret' },
    'app-id': { type: 'string', default: '1400000000' },
  },
});
const log = (line) => console.log(`[${values.provider}] ${line}`);
const port = Number(values.port);
if (values.provider !== 'tencent' && values.provider !== 'aliyun') {
  console.error('--provider must be tencent or aliyun');
  process.exit(2);
}
const fake =
  values.provider === 'aliyun'
    ? await startAliyunFake({ keyId: values['key-id'], keySecret: values['key-secret'], port, log })
    : await startTencentFake({
        secretId: values['key-id'],
        secretKey: values['key-secret'],
        appId: values['app-id'],
        port,
        log,
      });
console.log(
  `${values.provider} SMS API listening on ${fake.url} (key id ${values['key-id']}, secret ${values['key-secret']})`,
);
const stop = () => fake.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
