import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { splitBilingual } from '../../kernel/bilingual';
import { AppError, ERROR_STATUS, type ErrorCode, type FieldErrors } from '../../kernel/errors';

const vi = z.locales.vi();
const en = z.locales.en();

type Issue = { message: string; path?: PropertyKey[]; code?: string } & Record<string, unknown>;

function localise(issue: Issue): { message: string; messageEn: string } {
  const both = splitBilingual(issue.message);
  if (both) return { message: both.vi, messageEn: both.en };
  // A locale that cannot phrase an unusual issue must not turn a 400 into a 500.
  const pick = (fn: (i: never) => unknown) => {
    try {
      const r = fn(issue as never) as string | { message: string } | undefined;
      return typeof r === 'string' ? r : (r?.message ?? issue.message);
    } catch {
      return issue.message;
    }
  };
  return { message: pick(vi.localeError as never), messageEn: pick(en.localeError as never) };
}

export function errorBody(code: ErrorCode, message: string, messageEn: string, fields?: FieldErrors) {
  return { error: { code, message, messageEn, ...(fields && Object.keys(fields).length ? { fields } : {}) } };
}

/** Fastify's own 4xx errors, mapped to our codes and sentences. */
const FASTIFY_ERRORS: Record<string, [ErrorCode, string, string]> = {
  FST_ERR_CTP_BODY_TOO_LARGE: ['PAYLOAD_TOO_LARGE', 'Dữ liệu gửi lên quá lớn.', 'The request body is too large.'],
  FST_ERR_CTP_INVALID_MEDIA_TYPE: [
    'UNSUPPORTED_MEDIA_TYPE',
    'Định dạng dữ liệu gửi lên không được hỗ trợ (hãy gửi JSON).',
    'Unsupported content type (send JSON).',
  ],
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: ['BAD_REQUEST', 'Độ dài dữ liệu không hợp lệ.', 'Invalid content length.'],
  FST_ERR_CTP_EMPTY_JSON_BODY: ['BAD_REQUEST', 'Thiếu dữ liệu JSON trong yêu cầu.', 'The JSON body is empty.'],
  FST_ERR_CTP_INVALID_JSON_BODY: ['BAD_REQUEST', 'Dữ liệu JSON không hợp lệ.', 'The JSON body is malformed.'],
};

function statusToCode(status: number): ErrorCode {
  const found = (Object.entries(ERROR_STATUS) as [ErrorCode, number][]).find(([, s]) => s === status);
  return found ? found[0] : 'BAD_REQUEST';
}

export function handleError(err: FastifyError | AppError | Error, req: FastifyRequest, reply: FastifyReply) {
  if (err instanceof AppError) {
    return reply.code(err.status).send(errorBody(err.code, err.message, err.messageEn, err.fields));
  }
  if (hasZodFastifySchemaValidationErrors(err)) {
    const fields: FieldErrors = {};
    for (const v of err.validation) {
      const where = v.instancePath.replace(/^\//, '').replaceAll('/', '.');
      // The provider flattens each zod issue into { keyword, message, params }; put it back together.
      const issue = { ...v.params, code: v.keyword, message: v.message ?? '', path: where.split('.') } as Issue;
      const key = [err.validationContext ?? 'body', where].filter(Boolean).join('.');
      fields[key] ??= localise(issue);
    }
    const first = Object.values(fields)[0];
    return reply
      .code(400)
      .send(
        errorBody(
          'VALIDATION_FAILED',
          first ? `Dữ liệu không hợp lệ: ${first.message}` : 'Dữ liệu không hợp lệ.',
          first ? `Invalid input: ${first.messageEn}` : 'Invalid input.',
          fields,
        ),
      );
  }
  const fe = err as FastifyError;
  const mapped = fe.code ? FASTIFY_ERRORS[fe.code] : undefined;
  if (mapped) return reply.code(ERROR_STATUS[mapped[0]]).send(errorBody(...mapped));
  if (fe.statusCode === 429) {
    return reply
      .code(429)
      .send(errorBody('RATE_LIMITED', 'Quá nhiều yêu cầu. Hãy thử lại sau.', 'Too many requests. Try again later.'));
  }
  if (fe.statusCode && fe.statusCode >= 400 && fe.statusCode < 500) {
    return reply
      .code(fe.statusCode)
      .send(errorBody(statusToCode(fe.statusCode), 'Yêu cầu không hợp lệ.', fe.message || 'Bad request.'));
  }
  req.log.error({ err }, 'unhandled error');
  return reply
    .code(500)
    .send(
      errorBody(
        'INTERNAL',
        `Lỗi hệ thống. Mã yêu cầu: ${req.id}. Hãy báo cho quản trị viên.`,
        `Internal error. Request id: ${req.id}. Please tell the administrator.`,
      ),
    );
}

/** The shape every failure has, for the OpenAPI document. */
export const ErrorResponse = z
  .object({
    error: z.object({
      code: z.string(),
      message: z.string().describe('Vietnamese'),
      messageEn: z.string(),
      fields: z.record(z.string(), z.object({ message: z.string(), messageEn: z.string() })).optional(),
    }),
  })
  .describe('Error');
