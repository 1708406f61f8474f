import createClient from 'openapi-fetch';
import i18n from '../i18n/index.ts';
import type { paths } from './schema.gen.ts';

/** The typed API client: paths and bodies come from the server's OpenAPI document. */
export const api = createClient<paths>({ baseUrl: '', credentials: 'include' });

/** An error answered by the server, with its message in both languages. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly messageZh: string,
    readonly messageEn: string,
    readonly details?: unknown,
  ) {
    super(messageEn);
    this.name = 'ApiError';
  }

  /** The message in the language the user reads now. */
  localized(): string {
    return i18n.language === 'en' ? this.messageEn : this.messageZh;
  }
}

interface ErrorPayload {
  error?: { code?: string; messageZh?: string; messageEn?: string; message?: string; details?: unknown };
}

const sessionLost = new Set<(why: ApiError) => void>();

/** Codes of a 401 that means the session is gone: expired or unknown, idle too long, replaced by a sign-in elsewhere. */
const SESSION_GONE = new Set(['UNAUTHENTICATED', 'SESSION_IDLE', 'SESSION_REPLACED']);

/** Calls `listener` whenever the server says the session is gone (expired, idle, signed in elsewhere). */
export function onSessionLost(listener: (why: ApiError) => void): () => void {
  sessionLost.add(listener);
  return () => {
    sessionLost.delete(listener);
  };
}

export function toApiError(status: number, body: unknown): ApiError {
  const e = (body as ErrorPayload | undefined)?.error;
  if (e?.messageZh && e.messageEn) {
    const err = new ApiError(status, e.code ?? 'ERROR', e.messageZh, e.messageEn, e.details);
    if (e.code && SESSION_GONE.has(e.code)) for (const listener of sessionLost) listener(err);
    return err;
  }
  const words = failureWords(status);
  return new ApiError(status, 'HTTP_ERROR', words.zh, words.en, e?.message ?? body);
}

/** A failure the server did not explain (a crash, a gateway, no answer at all), in words by its status. */
function failureWords(status: number): { zh: string; en: string } {
  const kind =
    status === 0
      ? 'network'
      : status >= 500
        ? 'server'
        : status === 401
          ? 'session'
          : status === 403
            ? 'forbidden'
            : status === 404
              ? 'notFound'
              : status === 429
                ? 'throttled'
                : 'other';
  const say = (lng: string) => i18n.getFixedT(lng)(`load.reason.${kind}`, { status });
  return { zh: say('zh'), en: say('en') };
}

/** Codes whose server message names no cause a user can act on: they are said by their status instead. */
const UNEXPLAINED = new Set(['INTERNAL', 'HTTP_ERROR']);

/** What went wrong, in words and in the current language, for any thrown value. */
export function errorMessage(err: unknown): string {
  if (err instanceof ApiError && !UNEXPLAINED.has(err.code)) return err.localized();
  const words = failureWords(err instanceof ApiError ? err.status : 0);
  return i18n.language === 'en' ? words.en : words.zh;
}

/** Unwraps an openapi-fetch answer: its data, or an ApiError. */
export async function unwrap<T>(
  request: Promise<{ data?: T; error?: unknown; response: Response }>,
): Promise<NonNullable<T>> {
  let answer: { data?: T; error?: unknown; response: Response };
  try {
    answer = await request;
  } catch {
    throw toApiError(0, undefined);
  }
  if (!answer.response.ok) throw toApiError(answer.response.status, answer.error);
  return answer.data as NonNullable<T>;
}

/**
 * A multipart form as the body of an upload route. The generated types describe a multipart body field by field
 * (or not at all, where the route also takes JSON), never as a FormData, so the form is handed over as is; the
 * client sends it as multipart.
 */
export function formBody(form: FormData): never {
  return form as never;
}

/** A one-file multipart body (field `file`), as the upload routes take it. */
export function fileForm(file: File): never {
  const data = new FormData();
  data.append('file', file, file.name);
  return formBody(data);
}

/** The day a decision took effect, for its body or query, where one was picked (补录); none means today on the server. */
export const pickedDay = (effectiveOn?: string | null) => (effectiveOn ? { effectiveOn } : {});

/** A query string from the defined, non-empty values of `params`. */
export function queryString(params: Record<string, string | number | boolean | undefined | null>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v === undefined || v === null || v === '') continue;
    q.set(k, String(v));
  }
  const s = q.toString();
  return s ? `?${s}` : '';
}
