/**
 * What a record must carry, per kind, checked the same way for a form and for a spreadsheet row:
 * labels as clerks write them (一级…五级, 市级, 实用新型) become the stored codes, each problem names its
 * field in Chinese and English.
 */
import { parseDateText } from '../../shared/dates.ts';
import type { Bilingual } from '../../shared/errors.ts';
import { parseYuan } from '../../shared/money.ts';
import { normaliseText } from '../../shared/text.ts';
import {
  AWARD_LEVELS,
  type AwardLevel,
  NO_RECORD_DETAILS,
  type PatentType,
  type RecordDetails,
  type TrainingResult,
} from './records.types.ts';
import type { RecordKind } from './records.vocabulary.ts';

export const KIND_NAMES: Record<RecordKind, Bilingual> = {
  certificate: { zh: '职业资格证书', en: 'vocational certificate' },
  award: { zh: '竞赛获奖', en: 'competition award' },
  training: { zh: '培训', en: 'training' },
  patent: { zh: '专利', en: 'patent' },
};

/** The fields a record form or row offers; which are required depends on the kind. */
export interface RecordFields {
  occupation?: string | null;
  grade?: number | string | null;
  issuer?: string | null;
  number?: string | null;
  competition?: string | null;
  level?: string | null;
  rank?: string | null;
  course?: string | null;
  organiser?: string | null;
  feeFen?: number | null;
  /** Fee in yuan as written in a sheet ("1200", "1,200.50"); converted exactly to fen. */
  feeYuan?: string | null;
  /** Training result as written (合格, 不合格, 缺考 and their variants) or its code. */
  result?: string | null;
  patentType?: string | null;
  patentNo?: string | null;
  title?: string | null;
  date?: string | null;
}

export interface FieldProblem extends Bilingual {
  field: string;
}

/** A checked record, ready to store (inventors are resolved separately). */
export interface NormalRecord extends RecordDetails {
  kind: RecordKind;
  occurredOn: string;
  issuer: string | null;
  levelRank: number | null;
}

/** A record's details, none of them given: what a record of one kind fills in part. */
export const NO_DETAILS: Omit<NormalRecord, 'kind' | 'occurredOn'> = {
  ...NO_RECORD_DETAILS,
  issuer: null,
  levelRank: null,
};

export const FIELD_NAMES: Record<string, Bilingual> = {
  occupation: { zh: '职业（工种）', en: 'occupation' },
  grade: { zh: '等级', en: 'level' },
  issuer: { zh: '发证机构', en: 'issuer' },
  number: { zh: '证书编号', en: 'certificate number' },
  competition: { zh: '竞赛名称', en: 'competition' },
  level: { zh: '竞赛级别', en: 'award level' },
  rank: { zh: '名次', en: 'rank' },
  course: { zh: '培训课程', en: 'course' },
  organiser: { zh: '培训机构', en: 'organiser' },
  feeFen: { zh: '培训费', en: 'training fee' },
  result: { zh: '考核结果', en: 'result' },
  patentType: { zh: '专利类型', en: 'patent type' },
  patentNo: { zh: '专利号', en: 'patent number' },
  title: { zh: '专利名称', en: 'patent title' },
  date: { zh: '日期', en: 'date' },
  inventors: { zh: '发明人', en: 'inventors' },
  idNumber: { zh: '身份证号', en: 'ID number' },
  personId: { zh: '人员', en: 'person' },
};

const GRADES: Record<string, number> = {
  一级: 1,
  二级: 2,
  三级: 3,
  四级: 4,
  五级: 5,
  高级技师: 1,
  技师: 2,
  高级工: 3,
  中级工: 4,
  初级工: 5,
  '1': 1,
  '2': 2,
  '3': 3,
  '4': 4,
  '5': 5,
};
const LEVELS: Record<string, AwardLevel> = {
  企业级: 'enterprise',
  区级: 'district',
  市级: 'city',
  国家级: 'national',
  国际级: 'international',
  enterprise: 'enterprise',
  district: 'district',
  city: 'city',
  national: 'national',
  international: 'international',
};
const PATENT_TYPE_NAMES: Record<string, PatentType> = {
  发明: 'invention',
  发明专利: 'invention',
  实用新型: 'utility_model',
  实用新型专利: 'utility_model',
  外观设计: 'design',
  外观设计专利: 'design',
  invention: 'invention',
  utility_model: 'utility_model',
  design: 'design',
};

/** 考核结果 as clerks write it; compared after normaliseText and lower-casing. */
const RESULTS: Record<string, TrainingResult> = {
  合格: 'passed',
  通过: 'passed',
  已通过: 'passed',
  考核合格: 'passed',
  结业: 'passed',
  优秀: 'passed',
  良好: 'passed',
  及格: 'passed',
  pass: 'passed',
  passed: 'passed',
  不合格: 'failed',
  未通过: 'failed',
  考核不合格: 'failed',
  fail: 'failed',
  failed: 'failed',
  缺考: 'absent',
  未参加: 'absent',
  未参考: 'absent',
  absent: 'absent',
};

/** Reads a training result (合格/通过/pass …); null when it is not one. */
export function parseResult(v: string): TrainingResult | null {
  return RESULTS[normaliseText(v).replace(/\s/g, '').toLowerCase()] ?? null;
}

/** Parses a grade written as 1..5, 一级..五级, or the old names (高级技师 … 初级工). */
export function parseGrade(v: number | string | null | undefined): number | null {
  if (v === null || v === undefined || v === '') return null;
  if (typeof v === 'number') return Number.isInteger(v) && v >= 1 && v <= 5 ? v : null;
  const s = v.replace(/\s/g, '').replace(/[（(].*[)）]$/, '');
  return GRADES[s] ?? GRADES[s.replace(/^(\S+级).*$/, '$1')] ?? null;
}

/** A date as clerks write it (parseDateText): 2020-05-03, 2020/5/3, 2020.5.3, 2020年5月3日, 20200503, 5/3/20. */
export function parseDate(raw: string | null | undefined): string | null {
  return raw ? parseDateText(raw) : null;
}

/** Normalises a patent number for identity: no spaces or dots, upper case ("zl 2020 1 0123456.7" → "ZL2020101234567"). */
export const normalisePatentNo = (s: string) => s.replace(/[\s.]/g, '').toUpperCase();

/** Checks the fields of one record of `kind`; its day may not be after `today`. */
export function normaliseRecord(
  kind: RecordKind,
  f: RecordFields,
  today: string,
): { ok: true; value: NormalRecord } | { ok: false; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  const text = (field: keyof RecordFields, required: boolean, max = 200): string | null => {
    const v = f[field];
    // Stored as typed (ADR 0013), only trimmed; comparison keys are normalised (records_text_key, subjectKeyOf).
    const s = v === null || v === undefined ? '' : String(v).trim();
    if (!normaliseText(s)) {
      if (required) {
        const n = FIELD_NAMES[field];
        problems.push({ field, zh: `缺少${n.zh}`, en: `${n.en} is missing` });
      }
      return null;
    }
    if (s.length > max) {
      const n = FIELD_NAMES[field];
      problems.push({ field, zh: `${n.zh}超过${max}个字`, en: `${n.en} is longer than ${max} characters` });
      return null;
    }
    return s;
  };
  const out: NormalRecord = { kind, occurredOn: '', ...NO_DETAILS };
  const dateText = f.date === null || f.date === undefined ? '' : String(f.date).trim();
  const date = parseDate(dateText);
  if (!dateText) problems.push({ field: 'date', zh: '缺少日期', en: 'date is missing' });
  else if (!date) {
    problems.push({
      field: 'date',
      zh: `日期 ${dateText} 无法识别，请写作 2020-05-03`,
      en: `date ${dateText} is not understood; write it as 2020-05-03`,
    });
  } else if (date > today || date < '1950-01-01') {
    problems.push({
      field: 'date',
      zh: `日期 ${date} 不在1950年至今的范围内`,
      en: `date ${date} is not between 1950 and today`,
    });
  } else out.occurredOn = date;

  switch (kind) {
    case 'certificate': {
      out.occupation = text('occupation', true);
      out.issuer = text('issuer', false);
      out.number = text('number', true, 100);
      const grade = parseGrade(f.grade ?? null);
      if (grade === null) {
        problems.push({
          field: 'grade',
          zh: f.grade ? `等级 ${f.grade} 无法识别，应为一级至五级` : '缺少等级（一级至五级）',
          en: f.grade ? `level ${f.grade} is not understood; 1 to 5 expected` : 'level (1 to 5) is missing',
        });
      }
      out.grade = grade;
      break;
    }
    case 'award': {
      out.competition = text('competition', true);
      out.rank = text('rank', true, 50);
      const raw = f.level ? normaliseText(String(f.level)) : '';
      const level = LEVELS[raw] ?? null;
      if (!level) {
        problems.push({
          field: 'level',
          zh: raw ? `竞赛级别 ${raw} 无法识别，应为企业级、区级、市级、国家级或国际级` : '缺少竞赛级别',
          en: raw
            ? `award level ${raw} is not understood; enterprise, district, city, national or international expected`
            : 'award level is missing',
        });
      }
      out.level = level;
      out.levelRank = level ? AWARD_LEVELS.indexOf(level) : null;
      break;
    }
    case 'training': {
      out.course = text('course', true);
      out.organiser = text('organiser', false);
      out.number = text('number', false, 100);
      const result = f.result ? normaliseText(String(f.result)) : '';
      if (result) {
        out.result = parseResult(result);
        if (!out.result) {
          problems.push({
            field: 'result',
            zh: `考核结果 ${result} 无法识别，应为合格、不合格或缺考`,
            en: `result ${result} is not understood; passed, failed or absent expected`,
          });
        }
      }
      let fee = f.feeFen ?? null;
      if (fee === null && f.feeYuan) {
        fee = parseYuan(f.feeYuan);
        if (fee === null) {
          problems.push({
            field: 'feeFen',
            zh: `培训费 ${f.feeYuan} 无法识别，应为金额（元，最多两位小数）`,
            en: `training fee ${f.feeYuan} is not an amount in yuan with at most 2 decimals`,
          });
          break;
        }
      }
      if (fee === null) problems.push({ field: 'feeFen', zh: '缺少培训费', en: 'training fee is missing' });
      else if (!Number.isInteger(fee) || fee < 0 || fee > 1e10) {
        problems.push({
          field: 'feeFen',
          zh: '培训费须为0至1亿元之间的金额',
          en: 'training fee must be between 0 and 100,000,000 yuan',
        });
      } else out.feeFen = fee;
      break;
    }
    case 'patent': {
      out.title = text('title', true);
      const no = text('patentNo', true, 50);
      out.patentNo = no ? normalisePatentNo(normaliseText(no)) : null;
      const raw = f.patentType ? normaliseText(String(f.patentType)) : '';
      const type = PATENT_TYPE_NAMES[raw] ?? null;
      if (!type) {
        problems.push({
          field: 'patentType',
          zh: raw ? `专利类型 ${raw} 无法识别，应为发明、实用新型或外观设计` : '缺少专利类型',
          en: raw
            ? `patent type ${raw} is not understood; invention, utility model or design expected`
            : 'patent type is missing',
        });
      }
      out.patentType = type;
      break;
    }
  }
  if (problems.length) return { ok: false, problems };
  return { ok: true, value: out };
}

/** The identity of the thing a record is about; one subject is paid once. */
export function subjectKeyOf(r: NormalRecord, personId: number): string {
  const year = r.occurredOn.slice(0, 4);
  // Keys compare text as a clerk reads it (full/half width alike); the record itself keeps what was typed.
  const key = (s: string | null) => (s === null ? null : normaliseText(s));
  switch (r.kind) {
    case 'certificate':
      return `cert:${(key(r.number) ?? '').replace(/\s/g, '').toUpperCase()}`;
    case 'award':
      return `award:${key(r.competition)}:${year}:${key(r.rank)}:${personId}`;
    case 'training':
      return `training:${key(r.course)}:${year}:${personId}`;
    case 'patent':
      return `patent:${r.patentNo}`;
  }
}
