import { type TSchema, Type } from 'typebox';

/** Shared schema pieces. Objects reject unknown fields; strings carry a length limit. */
export const Obj = <T extends Record<string, TSchema>>(props: T, options: { description?: string } = {}) =>
  Type.Object(props, { additionalProperties: false, ...options });

export const Str = (max = 200, options: Record<string, unknown> = {}) =>
  Type.String({ maxLength: max, ...options });

export const Id = Type.Integer({ minimum: 1, maximum: 2 ** 53 - 1 });
export const IdParams = Obj({ id: Id });
/** The pattern of a calendar date; the validator also checks the day exists (http/validation.ts). */
export const DATE_PATTERN = '^\\d{4}-\\d{2}-\\d{2}$';
export const DateStr = Type.String({ pattern: DATE_PATTERN, maxLength: 10 });
export const Nullable = <T extends TSchema>(t: T) => Type.Union([t, Type.Null()]);

export const Page = {
  page: Type.Optional(Type.Integer({ minimum: 1, maximum: 100000, default: 1 })),
  pageSize: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 20 })),
};

export const ErrorBody = Obj({
  error: Obj({
    code: Type.String(),
    message: Type.String(),
    messageZh: Type.String(),
    messageEn: Type.String(),
    details: Type.Optional(Type.Unknown()),
  }),
});

export const Ok = Obj({ ok: Type.Literal(true) });

/** A string that must be one of `values`, typed as their union. */
export const StrEnum = <const T extends readonly string[]>(
  values: T,
  options: { description?: string } = {},
) => Type.Unsafe<T[number]>({ type: 'string', enum: [...values], ...options });
