import { api, toApiError, unwrap } from '../api/client.ts';
import type { Answer } from '../api/types.ts';
import type { RegisterAnswer } from './RegisterImport.tsx';

/** A register the platform keeps, as GET /api/registers lists it (those the user may import). */
export type ListedRegister = Answer<'/api/registers'>['items'][number];

export const listRegisters = async () => (await unwrap(api.GET('/api/registers'))).items;

/** Sends a file to a listed register's import (its URL comes from the listing): 预检 or the import itself. */
export async function sendToRegister(
  importUrl: string,
  file: File,
  dryRun: boolean,
): Promise<RegisterAnswer & Record<string, unknown>> {
  const form = new FormData();
  form.append('file', file, file.name);
  let res: Response;
  try {
    res = await fetch(`${importUrl}${dryRun ? '?dryRun=true' : ''}`, {
      method: 'POST',
      body: form,
      credentials: 'include',
    });
  } catch {
    throw toApiError(0, undefined);
  }
  const body = await res.json().catch(() => undefined);
  if (!res.ok) throw toApiError(res.status, body);
  return body as RegisterAnswer & Record<string, unknown>;
}
