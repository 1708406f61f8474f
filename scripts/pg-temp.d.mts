export class TempPostgresError extends Error {}
export function findPostgresBinDir(): string;
export function freePort(): Promise<number>;
export function startTempPostgres(options?: {
  maxConnections?: number;
  log?: (line: string) => void;
  startTimeoutMs?: number;
}): Promise<{ url: string; port: number; dir: string; version: string; stop: () => Promise<void> }>;
export function startTempReplica(
  primary: { port: number },
  options?: { maxConnections?: number; log?: (line: string) => void; startTimeoutMs?: number },
): Promise<{ url: string; port: number; dir: string; version: string; stop: () => Promise<void> }>;
