export const root: string;
export const server: string;
export function ensureBuilt(options?: {
  names?: ('server' | 'web')[];
  force?: boolean;
  exitOnFailure?: boolean;
}): Promise<boolean>;
export function ensureDemoSnapshot(): Promise<number>;
