import type { ErrorObject } from 'ajv';
import type { FastifyError, FastifyInstance, FastifyRequest } from 'fastify';
import { AppError, type ErrorKind } from '../shared/errors.ts';
import { describeValidation } from './validation-messages.ts';

const STATUS: Record<ErrorKind, number> = {
  invalid: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  too_large: 413,
  unsupported: 415,
  throttled: 429,
};

export function errorBody(code: string, zh: string, en: string, details?: unknown) {
  return { error: { code, message: `${zh} / ${en}`, messageZh: zh, messageEn: en, details } };
}

/** What the framework's own refusals of a request (before any schema) mean, in Chinese without its English. */
function plainlyZh(fe: FastifyError): string {
  const code = fe.code ?? '';
  if (code === 'FST_ERR_CTP_EMPTY_JSON_BODY') return '请求内容为空';
  if (/JSON|PROTO|CONSTRUCTOR/i.test(code) || fe instanceof SyntaxError)
    return '请求内容无法解析，格式不正确';
  if (/CONTENT_LENGTH|BODY/i.test(code)) return '请求内容的长度与声明不符或不完整';
  return '请求的格式不正确';
}

/** Refusals that ask a signed-in user for a routine step (a new password) rather than refuse what they tried. */
const ROUTINE_REFUSALS = new Set(['PASSWORD_EXPIRED', 'PASSWORD_CHANGE_REQUIRED']);

/**
 * The one place where errors become HTTP answers. Bad input is always a 4xx with both languages. A signed-in
 * caller refused (403) is told after `refused` has recorded it (the audit log says whether an act succeeded).
 */
export function installErrorHandler(
  app: FastifyInstance,
  refused?: (req: FastifyRequest, err: AppError) => Promise<void>,
): void {
  app.setErrorHandler(async (err: FastifyError | AppError, req, reply) => {
    if (err instanceof AppError) {
      if (err.kind === 'forbidden' && req.actor && refused && !ROUTINE_REFUSALS.has(err.code))
        await refused(req, err).catch((e) => req.log.error({ err: e }, 'a refusal was not audited'));
      return reply
        .status(STATUS[err.kind])
        .send(errorBody(err.code, err.messages.zh, err.messages.en, err.details));
    }
    const fe = err as FastifyError;
    if (fe.validation) {
      const said = describeValidation(fe.validation as ErrorObject[], fe.validationContext ?? 'body');
      return reply
        .status(400)
        .send(errorBody('VALIDATION_FAILED', said.zh, said.en, { issues: said.issues }));
    }
    const status = fe.statusCode ?? 500;
    // The multipart parser throws plain errors for a body that is not the form its Content-Type announces.
    if (fe.statusCode === undefined && req.isMultipart?.() && /multipart|boundary/i.test(fe.message ?? '')) {
      return reply
        .status(400)
        .send(
          errorBody(
            'MULTIPART_MALFORMED',
            '上传内容格式错误（上传的表单不完整或已损坏），请重新选择文件上传',
            'The upload is malformed (incomplete or broken multipart/form-data); choose the file and upload again',
          ),
        );
    }
    if (status === 413)
      return reply.status(413).send(errorBody('PAYLOAD_TOO_LARGE', '请求内容过大', 'Request body too large'));
    if (status === 415)
      return reply
        .status(415)
        .send(errorBody('UNSUPPORTED_MEDIA_TYPE', '不支持的内容类型', 'Unsupported content type'));
    if (status >= 400 && status < 500) {
      return reply
        .status(status)
        .send(
          errorBody(fe.code ?? 'BAD_REQUEST', `请求无效：${plainlyZh(fe)}`, `Bad request: ${fe.message}`),
        );
    }
    // A database value error caused by input (e.g. a value out of range) is the caller's fault.
    const pgCode = (err as { code?: string }).code;
    if (typeof pgCode === 'string' && /^(22|23)/.test(pgCode)) {
      req.log.warn({ err }, 'rejected by database constraint');
      return reply
        .status(400)
        .send(errorBody('INVALID_VALUE', '数据不符合约束', 'Value violates a constraint'));
    }
    req.log.error({ err }, 'unhandled error');
    // the request id lets the operator find the log line (with the stack) the user's report is about
    return reply.status(500).send({
      error: {
        ...errorBody(
          'INTERNAL',
          `服务器内部错误（请求编号 ${req.id}）`,
          `Internal server error (request id ${req.id})`,
        ).error,
        requestId: req.id,
      },
    });
  });
}
