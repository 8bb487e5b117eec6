import { CSRF_COOKIE, CSRF_HEADER } from '../../../src/platform/auth/contract';
import type { Lang } from './i18n';

/** One invalid field as the server reports it (`fields` is keyed by a path like `body.newPassword`). */
export interface FieldMessage {
  message: string;
  messageEn: string;
}

interface ErrorBody {
  error: { code: string; message: string; messageEn: string; fields?: Record<string, FieldMessage> };
}

/** Every failed call, in the server's error shape; network failures get the code NETWORK. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly messageEn: string;
  readonly fields: Record<string, FieldMessage>;

  constructor(status: number, code: string, message: string, messageEn: string, fields?: Record<string, FieldMessage>) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.messageEn = messageEn;
    this.fields = fields ?? {};
  }

  text(lang: Lang): string {
    return lang === 'vi' ? this.message : this.messageEn;
  }

  /** Field errors in antd `form.setFields` shape: `body.newPassword` → name `['newPassword']`. */
  fieldErrors(lang: Lang): { name: string[]; errors: string[] }[] {
    return Object.entries(this.fields).map(([path, m]) => ({
      name: fieldName(path),
      errors: [lang === 'vi' ? m.message : m.messageEn],
    }));
  }
}

function fieldName(path: string): string[] {
  const parts = path.split('.');
  return ['body', 'query', 'params'].includes(parts[0] ?? '') && parts.length > 1 ? parts.slice(1) : parts;
}

/** The error text of anything thrown, in the current language. */
export function errorText(error: unknown, lang: Lang): string {
  if (error instanceof ApiError) return error.text(lang);
  return lang === 'vi' ? 'Đã có lỗi không mong muốn.' : 'Something went wrong.';
}

let onUnauthenticated: () => void = () => {};

/** The shell registers what to do when the session has ended (go to the sign-in page). */
export function setUnauthenticatedHandler(handler: () => void): void {
  onUnauthenticated = handler;
}

function readCookie(name: string): string | null {
  for (const part of document.cookie.split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return decodeURIComponent(rest.join('='));
  }
  return null;
}

let csrfFromSignIn: string | null = null;
/** Kept in case the CSRF cookie is not readable (it normally is). */
export function rememberCsrfToken(token: string | null): void {
  csrfFromSignIn = token;
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

interface RequestOptions {
  signal?: AbortSignal;
  /** Return null on 401 instead of sending the user to sign in (used for `/api/auth/me`). */
  allowSignedOut?: boolean;
}

async function request<T>(method: Method, path: string, body: unknown, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  const writes = method !== 'GET';
  if (writes) {
    headers['Content-Type'] = 'application/json';
    const csrf = readCookie(CSRF_COOKIE) ?? csrfFromSignIn;
    if (csrf) headers[CSRF_HEADER] = csrf;
  }
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      body: writes ? JSON.stringify(body ?? {}) : undefined,
      credentials: 'same-origin',
      signal: options.signal,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError(
      0,
      'NETWORK',
      'Không kết nối được với máy chủ. Hãy kiểm tra mạng rồi thử lại.',
      'Cannot reach the server. Check the network and try again.',
    );
  }
  if (response.ok) {
    if (response.status === 204) return undefined as T;
    const type = response.headers.get('content-type') ?? '';
    return (type.includes('json') ? await response.json() : await response.text()) as T;
  }
  const error = await toApiError(response);
  if (response.status === 401 && options.allowSignedOut) return null as T;
  if (error.code === 'UNAUTHENTICATED') onUnauthenticated();
  throw error;
}

async function toApiError(response: Response): Promise<ApiError> {
  try {
    const body = (await response.json()) as Partial<ErrorBody>;
    if (body.error?.code) {
      const e = body.error;
      return new ApiError(response.status, e.code, e.message, e.messageEn ?? e.message, e.fields);
    }
  } catch {
    // not JSON: fall through to a generic message
  }
  return new ApiError(
    response.status,
    `HTTP_${response.status}`,
    `Máy chủ trả lời lỗi ${response.status}.`,
    `The server answered with error ${response.status}.`,
  );
}

/** Builds `path?name=value…`, leaving out empty values. */
export function withQuery(path: string, query: Record<string, string | number | undefined | null>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

export const api = {
  get: <T>(path: string, options?: RequestOptions) => request<T>('GET', path, undefined, options),
  post: <T>(path: string, body?: unknown, options?: RequestOptions) => request<T>('POST', path, body, options),
  put: <T>(path: string, body?: unknown, options?: RequestOptions) => request<T>('PUT', path, body, options),
  patch: <T>(path: string, body?: unknown, options?: RequestOptions) => request<T>('PATCH', path, body, options),
  delete: <T>(path: string, body?: unknown, options?: RequestOptions) => request<T>('DELETE', path, body, options),
};
