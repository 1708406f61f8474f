export const root: string;
export const server: string;
export function ensureBuilt(options?: { names?: ('server' | 'web')[]; force?: boolean }): Promise<void>;
