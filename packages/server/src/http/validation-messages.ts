import type { ErrorObject } from 'ajv';
import type { Bilingual } from '../shared/errors.ts';
import { FIELD_LABELS_EN, FIELD_LABELS_ZH } from './field-labels.ts';
import { DATE_PATTERN, NAME_PATTERN } from './schema.ts';

/**
 * A schema validation error as a clerk reads it: one sentence in Chinese and one in English, naming the field in the
 * clerk's words (the schema's `title`, else the field-label dictionary) — never the validator's English inside the
 * Chinese (issue 41). The Chinese sentence holds no Latin letters: values the clerk must write are shown by example
 * (如2025-03-31), and a name the caller sent that we do not know (an unknown field, a value outside a list of codes)
 * is named only in English and in `details`.
 */

type Schema = { title?: unknown; properties?: Record<string, Schema> } & Record<string, unknown>;

/** What a part of the request is called when the error is about the part as a whole. */
const PARTS: Record<string, Bilingual> = {
  body: { zh: '请求内容', en: 'the request body' },
  querystring: { zh: '查询参数', en: 'the query' },
  params: { zh: '路径参数', en: 'the path' },
  headers: { zh: '请求头', en: 'the headers' },
};

/** 'closesOn' → 'closes on', 'amountFen' → 'amount', 'personId' → 'person id'. */
function englishOf(name: string): string {
  const words = name
    .replace(/Base64$/, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(' ');
  if (words.length > 1 && words.at(-1) === 'fen') words.pop();
  return words.join(' ');
}

/** A field's name in both languages: its schema's `title` where it has one, else the dictionary's. */
export function fieldLabel(name: string, schema?: Schema): Bilingual {
  const title = typeof schema?.title === 'string' ? schema.title : undefined;
  return {
    zh: title ?? FIELD_LABELS_ZH[name] ?? '该字段',
    en: FIELD_LABELS_EN[name] ?? englishOf(name),
  };
}

/** The field an instance path names ('/rows/0/amountFen' → 行第1项的金额 / 'amount (rows, item 1)'). */
function pathLabel(context: string, path: string, leaf?: Schema): Bilingual {
  const segments = path.split('/').slice(1).map(decodePointer);
  if (!segments.length) return PARTS[context] ?? PARTS.body;
  let zh = '';
  const en: string[] = [];
  segments.forEach((seg, i) => {
    if (/^\d+$/.test(seg)) {
      zh += `第${Number(seg) + 1}项`;
      en.push(`item ${Number(seg) + 1}`);
      return;
    }
    const label = fieldLabel(seg, i === segments.length - 1 ? leaf : undefined);
    zh += zh ? `的${label.zh}` : label.zh;
    en.push(label.en);
  });
  const last = en.pop() as string;
  return { zh, en: en.length ? `${last} (${en.join(', ')})` : last };
}

const decodePointer = (s: string) => s.replace(/~1/g, '/').replace(/~0/g, '~');

const TYPES: Record<string, Bilingual> = {
  string: { zh: '文字', en: 'text' },
  number: { zh: '数字', en: 'a number' },
  integer: { zh: '整数', en: 'a whole number' },
  boolean: { zh: '“是”或“否”', en: 'true or false' },
  object: { zh: '一组字段', en: 'an object' },
  array: { zh: '列表', en: 'a list' },
  null: { zh: '空', en: 'null' },
  'finite number': { zh: '有限的数字', en: 'a finite number' },
};

function typesPhrase(types: string[]): Bilingual {
  const known = types.map((t) => TYPES[t] ?? { zh: '规定的类型', en: t });
  return { zh: known.map((t) => t.zh).join('或'), en: known.map((t) => t.en).join(' or ') };
}

/** Patterns the schemas use, said as what to write (Chinese by example, no Latin letters). */
const PATTERNS: Record<string, Bilingual> = {
  [DATE_PATTERN]: { zh: '应为日期，写作年-月-日，如2025-03-31', en: 'must be a date written YYYY-MM-DD' },
  '^\\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?$': {
    zh: '应为年月或日期，如2025-03或2025-03-31',
    en: 'must be a month (YYYY-MM) or a date (YYYY-MM-DD)',
  },
  '^[0-9]{4}-(0[1-9]|1[0-2])$': { zh: '应为年月，如2025-03', en: 'must be a month written YYYY-MM' },
  '^[0-9]{2}-[0-9]{2}$': { zh: '应为月-日，如03-31', en: 'must be a month and day written MM-DD' },
  '^([01][0-9]|2[0-3]):[0-5][0-9]$': {
    zh: '应为时间，写作时:分，如08:30',
    en: 'must be a time written HH:MM',
  },
  '^([01]\\d|2[0-3]):[0-5]\\d$': { zh: '应为时间，写作时:分，如08:30', en: 'must be a time written HH:MM' },
  '^([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9])?$': {
    zh: '应为时间，写作时:分或时:分:秒，如17:30或17:30:01',
    en: 'must be a time written HH:MM or HH:MM:SS',
  },
  '^\\d{11}$': { zh: '应为11位数字', en: 'must be 11 digits' },
  '^\\d{6}$': { zh: '应为6位数字', en: 'must be 6 digits' },
  '^[0-9]{8}$': { zh: '应为8位数字', en: 'must be 8 digits' },
  '^\\d{1,11}$': { zh: '应为1到11位数字', en: 'must be 1 to 11 digits' },
  '^[0-9]{1,20}$': { zh: '应为1到20位数字', en: 'must be 1 to 20 digits' },
  '^[0-9A-Z]{18}$': { zh: '应为18位数字或大写字母', en: 'must be 18 digits or capital letters' },
  '^[0-9+\\- ]{5,20}$': { zh: '应为电话号码（5到20位数字）', en: 'must be a phone number (5 to 20 digits)' },
  '^https?://': {
    zh: '应为以“http://”或“https://”开头的网址',
    en: 'must be a web address (http:// or https://)',
  },
  [NAME_PATTERN]: {
    zh: '不能为空白或只含不可见字符',
    en: 'must contain visible characters, not only blanks or invisible ones',
  },
  '\\S': { zh: '不能为空白', en: 'must not be blank' },
};

const FORMATS: Record<string, Bilingual> = {
  date: { zh: '不是日历上的日子，应为如2025-03-31的日期', en: 'is not a day of the calendar (YYYY-MM-DD)' },
  'date-time': { zh: '应为有效的日期和时间', en: 'must be a date and time (ISO 8601)' },
};

/** `allowed` listed in Chinese only when none of them is a Latin code (a code means nothing to the clerk). */
function listed(allowed: unknown[]): string | null {
  const text = allowed.map(String);
  return text.some((v) => /[A-Za-z]/.test(v)) ? null : text.join('、');
}

/** Only blanks and invisible characters (zero-width spaces, BOM, …): nothing a clerk can see. */
function isBlank(text: string): boolean {
  return /^[\s\u200B-\u200D\u2060\uFEFF]*$/.test(text);
}

/** One sentence per language for one Ajv error; `L` is the field it is about. */
function sentence(e: ErrorObject, L: Bilingual): Bilingual {
  const p = e.params as Record<string, unknown>;
  const n = (k: string) => Number(p[k]);
  // A text of blanks (or invisible characters) said to be too short or of the wrong form is empty to the clerk.
  if ((e.keyword === 'minLength' || e.keyword === 'pattern') && typeof e.data === 'string' && isBlank(e.data))
    return { zh: `${L.zh}不能为空`, en: `${L.en} must not be empty` };
  switch (e.keyword) {
    case 'type': {
      if (e.message === 'must be a number written in plain digits')
        return { zh: `${L.zh}应为只用数字写成的数`, en: `${L.en} must be a number written in plain digits` };
      const t = typesPhrase(String(p.type).split(','));
      return { zh: `${L.zh}应为${t.zh}`, en: `${L.en} must be ${t.en}` };
    }
    case 'minimum':
      return { zh: `${L.zh}不能小于${p.limit}`, en: `${L.en} must be at least ${p.limit}` };
    case 'exclusiveMinimum':
      return { zh: `${L.zh}必须大于${p.limit}`, en: `${L.en} must be more than ${p.limit}` };
    case 'maximum':
      return { zh: `${L.zh}不能大于${p.limit}`, en: `${L.en} must be at most ${p.limit}` };
    case 'exclusiveMaximum':
      return { zh: `${L.zh}必须小于${p.limit}`, en: `${L.en} must be less than ${p.limit}` };
    case 'multipleOf':
      return {
        zh: `${L.zh}应为${p.multipleOf}的整数倍`,
        en: `${L.en} must be a multiple of ${p.multipleOf}`,
      };
    case 'minLength':
      return n('limit') <= 1
        ? { zh: `${L.zh}不能为空`, en: `${L.en} must not be empty` }
        : { zh: `${L.zh}至少需要${p.limit}个字`, en: `${L.en} needs at least ${p.limit} characters` };
    case 'maxLength':
      return { zh: `${L.zh}长度不能超过${p.limit}个字`, en: `${L.en} must be at most ${p.limit} characters` };
    case 'pattern': {
      const known = PATTERNS[String(p.pattern)];
      return known
        ? { zh: `${L.zh}${known.zh}`, en: `${L.en} ${known.en}` }
        : { zh: `${L.zh}的格式不正确`, en: `${L.en} is not in the expected form (${p.pattern})` };
    }
    case 'format': {
      const known = FORMATS[String(p.format)];
      return known
        ? { zh: `${L.zh}${known.zh}`, en: `${L.en} ${known.en}` }
        : { zh: `${L.zh}的格式不正确`, en: `${L.en} is not a valid ${p.format}` };
    }
    case 'enum': {
      const allowed = (p.allowedValues as unknown[] | undefined) ?? [];
      const zhList = listed(allowed);
      return {
        zh: zhList ? `${L.zh}须为以下之一：${zhList}` : `${L.zh}的取值不在允许的范围内`,
        en: `${L.en} must be one of: ${allowed.join(', ')}`,
      };
    }
    case 'const':
      return { zh: `${L.zh}的取值不正确`, en: `${L.en} must be ${JSON.stringify(p.allowedValue)}` };
    case 'minItems':
      return { zh: `${L.zh}至少需要${p.limit}项`, en: `${L.en} needs at least ${p.limit} items` };
    case 'maxItems':
      return { zh: `${L.zh}最多${p.limit}项`, en: `${L.en} may have at most ${p.limit} items` };
    case 'uniqueItems':
      return {
        zh: `${L.zh}的第${n('j') + 1}项与第${n('i') + 1}项重复`,
        en: `${L.en}: items ${n('j') + 1} and ${n('i') + 1} are the same`,
      };
    case 'minProperties':
      return { zh: `${L.zh}至少需要${p.limit}项`, en: `${L.en} needs at least ${p.limit} entries` };
    case 'maxProperties':
      return { zh: `${L.zh}最多${p.limit}项`, en: `${L.en} may have at most ${p.limit} entries` };
    case 'anyOf':
    case 'oneOf':
      return { zh: `${L.zh}不符合允许的任何一种写法`, en: `${L.en} matches none of the allowed forms` };
    default:
      return { zh: `${L.zh}不符合要求`, en: `${L.en} is not valid (${e.message ?? e.keyword})` };
  }
}

/**
 * The error to tell: the first, except where every branch of a union failed only on its type at one place
 * (`5` for text-or-null), which is told as one type error naming every type the union accepts.
 */
function chosen(errors: ErrorObject[]): ErrorObject {
  const last = errors.at(-1) as ErrorObject;
  const branches = errors.slice(0, -1);
  if (
    (last.keyword === 'anyOf' || last.keyword === 'oneOf') &&
    branches.length > 0 &&
    branches.every((e) => e.keyword === 'type' && e.instancePath === last.instancePath)
  ) {
    const types = branches.flatMap((e) => String((e.params as { type: string }).type).split(','));
    return { ...branches[0], params: { type: [...new Set(types)].join(',') } };
  }
  return errors[0];
}

export interface ValidationIssue {
  field: string;
  rule: string;
  message: string | undefined;
  unknownField?: string;
}

/** The bilingual sentence for a failed validation of one part (`body`, `querystring`, `params`) of a request. */
export function describeValidation(
  errors: ErrorObject[],
  context = 'body',
): Bilingual & { issues: ValidationIssue[] } {
  const issues = errors.map((v) => ({
    field: `${context}${v.instancePath}`,
    rule: v.keyword,
    message: v.message,
    ...(v.keyword === 'additionalProperties'
      ? { unknownField: (v.params as { additionalProperty?: string }).additionalProperty }
      : {}),
  }));
  if (!errors.length) return { zh: '请求参数无效', en: 'Invalid request', issues };
  const e = chosen(errors);
  const parent = e.parentSchema as Schema | undefined;
  let s: Bilingual;
  if (e.keyword === 'required') {
    const missing = String((e.params as { missingProperty: string }).missingProperty);
    const L = pathLabel(context, `${e.instancePath}/${missing}`, parent?.properties?.[missing]);
    s = { zh: `${L.zh}必须填写`, en: `${L.en} is required` };
  } else if (e.keyword === 'additionalProperties') {
    const extra = String((e.params as { additionalProperty: string }).additionalProperty);
    const where = pathLabel(context, e.instancePath, parent);
    const known = FIELD_LABELS_ZH[extra];
    s = {
      zh: known ? `${where.zh}不接受字段“${known}”` : `${where.zh}含有不接受的未知字段`,
      en: `${where.en} does not accept the field "${extra}"`,
    };
  } else if (e.keyword === 'discriminator') {
    const tag = String((e.params as { tag?: string }).tag ?? '');
    const L = pathLabel(context, tag ? `${e.instancePath}/${tag}` : e.instancePath);
    s = { zh: `${L.zh}的取值不在允许的范围内`, en: `${L.en} is missing or not one of the allowed kinds` };
  } else {
    s = sentence(e, pathLabel(context, e.instancePath, parent));
  }
  return { zh: `请求参数无效：${s.zh}`, en: `Invalid request: ${s.en}`, issues };
}
