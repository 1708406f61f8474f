import type { SmsConfig } from '../../config.ts';
import { createAliyunProvider } from './outbox.aliyun.ts';
import type { SmsProvider } from './outbox.provider.ts';
import { createTencentProvider } from './outbox.tencent.ts';

/** The provider of the configuration; null in outbox mode. */
export function createSmsProvider(config: SmsConfig): SmsProvider | null {
  if (config.provider === 'tencent') return createTencentProvider(config);
  if (config.provider === 'aliyun') return createAliyunProvider(config);
  return null;
}
