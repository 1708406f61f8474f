import { api, unwrap } from '../../api/client.ts';
import type { paths } from '../../api/schema.gen.ts';
import type { Answer, Body } from '../../api/types.ts';
import type { RowError } from '../../components/ImportErrorTable.tsx';
import type { IgnoredRow } from '../../components/rowPlace.ts';

export type UserList = Answer<'/api/users'>;
export type UserRow = UserList['items'][number];
export type UserRole = UserRow['roles'][number];
export type UserQuery = NonNullable<paths['/api/users']['get']['parameters']['query']>;
export type CreateUser = Body<'/api/users'>;
export type Grant = CreateUser['roles'][number];
export type GrantRole = Grant['role'];
type AccountsAnswer = Answer<'/api/users/import', 'post'>;
/** The accounts an import made, and their sheet of first passwords. */
export type ImportAnswer = Extract<AccountsAnswer, { dryRun: false }>;
export type ImportedAccount = ImportAnswer['created'][number];
/** What a check (预检) of an accounts sheet found: the accounts it would make, or every wrong row. */
export type CheckAnswer = Extract<AccountsAnswer, { dryRun: true }>;

/**
 * Creates an account from the new-account fields (`NewAccountFields`: the login name and the name trimmed, the
 * first password as typed) and the rest of its body.
 */
export function createUser(
  fields: { username: string; displayName: string; password: string },
  rest: Pick<CreateUser, 'phone' | 'roles' | 'mustChangePassword'>,
) {
  return unwrap(
    api.POST('/api/users', {
      body: {
        username: fields.username.trim(),
        displayName: fields.displayName.trim(),
        password: fields.password,
        ...rest,
      },
    }),
  );
}

const sendAccounts = (file: File, dryRun: boolean) => {
  const form = new FormData();
  form.append('file', file, file.name);
  return unwrap(api.POST('/api/users/import', { params: { query: { dryRun } }, body: form as never }));
};

/** Uploads an account sheet (multipart); all or nothing. */
export const importAccounts = async (file: File) => (await sendAccounts(file, false)) as ImportAnswer;

/** Checks an account sheet (预检): nothing is made or sent. */
export const checkAccounts = async (file: File) => (await sendAccounts(file, true)) as CheckAnswer;

/** The rows a refused import lists in the error's details (the kit's `RowError`), if the error has them. */
export function rowErrorsOf(err: unknown): RowError[] {
  const details = (err as { details?: { errors?: unknown } } | null)?.details;
  return Array.isArray(details?.errors) ? (details.errors as RowError[]) : [];
}

/** The rows a refused import left out as no account (合计, 填表说明), as the error's details list them. */
export function ignoredRowsOf(err: unknown): IgnoredRow[] {
  const details = (err as { details?: { ignoredRows?: unknown } } | null)?.details;
  return Array.isArray(details?.ignoredRows) ? (details.ignoredRows as IgnoredRow[]) : [];
}

const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789';

/**
 * A random 12-character password (no look-alike characters), from the browser's secure generator, with a lower-case
 * letter, a capital and a digit: the staff rules' three classes, so it may be kept as the final password (about one
 * draw in seven has no digit and is drawn again).
 */
export function randomPassword(length = 12): string {
  const bytes = new Uint32Array(length);
  for (;;) {
    crypto.getRandomValues(bytes);
    const pw = Array.from(bytes, (b) => ALPHABET[b % ALPHABET.length]).join('');
    if (/[a-z]/.test(pw) && /[A-Z]/.test(pw) && /[0-9]/.test(pw)) return pw;
  }
}

/** Saves `base64` as a download named `fileName`. */
export function downloadBase64(base64: string, fileName: string, type: string): void {
  const bin = atob(base64);
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  const url = URL.createObjectURL(new Blob([bytes], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
