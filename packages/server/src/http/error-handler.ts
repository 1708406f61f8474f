import type { FastifyError, FastifyInstance } from 'fastify';
import { AppError, type ErrorKind } from '../shared/errors.ts';
import { NAME_PATTERN } from './schema.ts';

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

/** The one place where errors become HTTP answers. Bad input is always a 4xx with both languages. */
export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError | AppError, req, reply) => {
    if (err instanceof AppError) {
      return reply
        .status(STATUS[err.kind])
        .send(errorBody(err.code, err.messages.zh, err.messages.en, err.details));
    }
    const fe = err as FastifyError;
    if (fe.validation) {
      const issues = fe.validation.map((v) => ({
        field: `${fe.validationContext ?? ''}${v.instancePath}` || fe.validationContext,
        rule: v.keyword,
        message: v.message,
        ...(v.keyword === 'additionalProperties'
          ? { unknownField: (v.params as { additionalProperty?: string }).additionalProperty }
          : {}),
      }));
      const first = issues[0];
      const where = first?.unknownField ? `${first.field}/${first.unknownField}` : first?.field;
      const blankName =
        fe.validation[0]?.keyword === 'pattern' &&
        (fe.validation[0].params as { pattern?: string }).pattern === NAME_PATTERN;
      if (blankName) {
        return reply
          .status(400)
          .send(
            errorBody(
              'VALIDATION_FAILED',
              `请求参数无效：${where} 不能为空白或只含不可见字符`,
              `Invalid request: ${where} must contain visible characters, not only blanks or invisible ones`,
              { issues },
            ),
          );
      }
      // a value outside a list (a comparison a field does not accept, a record kind) names what is allowed
      const allowed = (fe.validation[0]?.params as { allowedValues?: unknown[] } | undefined)?.allowedValues;
      if (fe.validation[0]?.keyword === 'enum' && allowed) {
        return reply
          .status(400)
          .send(
            errorBody(
              'VALIDATION_FAILED',
              `请求参数无效：${where} 须为以下之一：${allowed.join('、')}`,
              `Invalid request: ${where} must be one of: ${allowed.join(', ')}`,
              { issues },
            ),
          );
      }
      return reply
        .status(400)
        .send(
          errorBody(
            'VALIDATION_FAILED',
            `请求参数无效：${where} ${first?.unknownField ? '是未知字段' : `不符合要求（${first?.message}）`}`,
            `Invalid request: ${where} ${first?.unknownField ? 'is not a known field' : first?.message}`,
            { issues },
          ),
        );
    }
    const status = fe.statusCode ?? 500;
    // The multipart parser throws plain errors for a body that is not the form its Content-Type announces.
    if (fe.statusCode === undefined && req.isMultipart?.() && /multipart|boundary/i.test(fe.message ?? '')) {
      return reply
        .status(400)
        .send(
          errorBody(
            'MULTIPART_MALFORMED',
            '上传内容格式错误（multipart/form-data 不完整或已损坏），请重新选择文件上传',
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
        .send(errorBody(fe.code ?? 'BAD_REQUEST', `请求无效：${fe.message}`, `Bad request: ${fe.message}`));
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
    return reply.status(500).send(errorBody('INTERNAL', '服务器内部错误', 'Internal server error'));
  });
}
