/**
 * The one error type that domain code throws. Each code maps to one HTTP status in
 * platform/http/errors.ts; the web client and the CLI switch on `code`.
 * Messages are given in Vietnamese first, English second, because both are shown to users.
 */
export const ERROR_STATUS = {
  BAD_REQUEST: 400,
  VALIDATION_FAILED: 400,
  UNAUTHENTICATED: 401,
  INVALID_CREDENTIALS: 401,
  FORBIDDEN: 403,
  CSRF_REJECTED: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  UNPROCESSABLE: 422,
  RATE_LIMITED: 429,
  ACCOUNT_LOCKED: 429,
  INTERNAL: 500,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

/** One message per invalid field, keyed by a dotted path such as `body.password`. */
export type FieldErrors = Record<string, { message: string; messageEn: string }>;

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly messageEn: string;
  readonly fields: FieldErrors | undefined;

  constructor(code: ErrorCode, message: string, messageEn: string, fields?: FieldErrors) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.messageEn = messageEn;
    this.fields = fields;
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }
}

export const notFound = (whatVi: string, whatEn: string) =>
  new AppError('NOT_FOUND', `Không tìm thấy ${whatVi}.`, `${whatEn} not found.`);

export const forbidden = () =>
  new AppError('FORBIDDEN', 'Bạn không có quyền thực hiện thao tác này.', 'You are not allowed to do this.');

export const unauthenticated = () => new AppError('UNAUTHENTICATED', 'Bạn cần đăng nhập.', 'You need to sign in.');

export const conflict = (messageVi: string, messageEn: string) => new AppError('CONFLICT', messageVi, messageEn);

export const unprocessable = (messageVi: string, messageEn: string, fields?: FieldErrors) =>
  new AppError('UNPROCESSABLE', messageVi, messageEn, fields);
