import type { Bilingual } from '../../shared/errors.ts';

/** One message to a provider: the recipient, the approved template and its parameters in order. */
export interface ProviderMessage {
  to: string;
  templateId: string;
  params: { name: string; value: string }[];
}

/** The provider's answer to one send, as the attempts table keeps it. */
export interface SendAnswer {
  ok: boolean;
  /** A failure worth trying again later (the provider's own trouble, a timeout, a rate limit of seconds). */
  transient: boolean;
  code: string;
  message: string;
  requestId: string | null;
  /** Tencent's SerialNo, Alibaba Cloud's BizId. */
  serial: string | null;
  /** Billed messages (Tencent's Fee); null when the provider does not say. */
  billed: number | null;
  reason?: Bilingual;
}

/** A delivery receipt: the message by its serial, delivered or not, and the carrier's reason. */
export interface Receipt {
  serial: string;
  delivered: boolean;
  code: string;
  description: string;
  /** A still-pending status (Alibaba Cloud's "waiting"): nothing changes. */
  pending?: boolean;
}

export interface SentMessage {
  to: string;
  serial: string;
  sentAt: Date;
}

export interface SmsProvider {
  name: 'tencent' | 'aliyun';
  send(message: ProviderMessage): Promise<SendAnswer>;
  /** Receipts of sent messages: Tencent pulls what is new; Alibaba Cloud is asked about each message. */
  receipts(sent: SentMessage[]): Promise<Receipt[]>;
}

/** The host[:port] and protocol of GONGHUI_SMS_ENDPOINT, as the SDKs take them. */
export function endpointParts(endpoint: string): { host: string; protocol: 'http' | 'https' } {
  const url = new URL(endpoint);
  return { host: url.host, protocol: url.protocol === 'http:' ? 'http' : 'https' };
}
