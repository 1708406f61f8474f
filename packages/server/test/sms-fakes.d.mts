import type { IncomingMessage } from 'node:http';

export interface FakeMessage {
  phone: string;
  templateId: string;
  params: string[] | Record<string, string>;
  sign: string;
  serial: string;
  reported: boolean;
}

export interface SmsFake {
  url: string;
  port: number;
  readonly messages: FakeMessage[];
  readonly refusedSignatures: number;
  readonly requests: number;
  /** The next sends answer these provider error codes (Tencent: a code ending in '!' is a request-level error). */
  answerNext(...codes: string[]): void;
  /** The receipt of messages to `phone`: delivered (ok) or not, with the carrier's code; pending: not yet. */
  receipt(phone: string, r: { ok: boolean; code?: string; description?: string; pending?: boolean }): void;
  close(): Promise<void>;
}

export function checkTc3(
  req: IncomingMessage,
  body: string,
  secretId: string,
  secretKey: string,
): string | null;
export function checkAcs3(
  req: IncomingMessage,
  body: string,
  keyId: string,
  keySecret: string,
): string | null;
export function startTencentFake(options: {
  secretId: string;
  secretKey: string;
  appId?: string;
  port?: number;
  log?: (line: string) => void;
}): Promise<SmsFake>;
export function startAliyunFake(options: {
  keyId: string;
  keySecret: string;
  port?: number;
  log?: (line: string) => void;
}): Promise<SmsFake>;
