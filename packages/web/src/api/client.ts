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

const sessionLost = new Set<() => void>();

/** Calls `listener` whenever the server says the session is gone (expired, signed out elsewhere). */
export function onSessionLost(listener: () => void): () => void {
  sessionLost.add(listener);
  return () => {
    sessionLost.delete(listener);
  };
}

export function toApiError(status: number, body: unknown): ApiError {
  const e = (body as ErrorPayload | undefined)?.error;
  if (e?.messageZh && e.messageEn) {
    if (e.code === 'UNAUTHENTICATED') for (const listener of sessionLost) listener();
    return new ApiError(status, e.code ?? 'ERROR', e.messageZh, e.messageEn, e.details);
  }
  return new ApiError(
    status,
    'HTTP_ERROR',
    `请求失败（HTTP ${status}）`,
    `Request failed (HTTP ${status})`,
    e?.message ?? body,
  );
}

/** The message to show for any thrown value, in the current language. */
export function errorMessage(err: unknown): string {
  if (err instanceof ApiError) return err.localized();
  return i18n.t('common.networkError');
}

/** Unwraps an openapi-fetch answer: its data, or an ApiError. */
export async function unwrap<T>(
  request: Promise<{ data?: T; error?: unknown; response: Response }>,
): Promise<NonNullable<T>> {
  let answer: { data?: T; error?: unknown; response: Response };
  try {
    answer = await request;
  } catch {
    throw new ApiError(0, 'NETWORK', '网络错误，请检查连接后重试', 'Network error; check the connection');
  }
  if (!answer.response.ok) throw toApiError(answer.response.status, answer.error);
  return answer.data as NonNullable<T>;
}

/**
 * JSON call for a route whose answer the OpenAPI document does not describe; the caller names the type.
 * Prefer `api` with `unwrap` wherever the route declares its response schema.
 */
export async function requestJson<T>(method: string, url: string, body?: unknown): Promise<T> {
  let res: Response;
  try {
    res = await fetch(url, {
      method,
      credentials: 'include',
      headers: body === undefined || body instanceof FormData ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : body instanceof FormData ? body : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, 'NETWORK', '网络错误，请检查连接后重试', 'Network error; check the connection');
  }
  const text = await res.text();
  let parsed: unknown;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    parsed = text;
  }
  if (!res.ok) throw toApiError(res.status, parsed);
  return parsed as T;
}

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
