import { ArrowRightOutlined } from '@ant-design/icons';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Permission } from '../../../../server/src/access/access.ts';
import { PERMISSION_NAMES } from '../../../../server/src/access/permission-names.ts';
import {
  AUDIT_PERSON_FIELDS,
  AUDIT_UNION_FIELDS,
} from '../../../../server/src/modules/audit/audit.vocabulary.ts';
import { formatTime } from '../../components/dates.ts';
import { formatFen } from '../../components/money.ts';
import { AmountText, RuleText, WithRuleCatalogue } from '../programs/RuleVocabulary.tsx';
import { type AmountRule, langOf, type Rule, recordKindOf } from '../programs/rule-vocabulary.ts';
import { fieldLabel } from './audit-labels.ts';

/** Bookkeeping kept with a record that says nothing to a reader of the log (at any depth of a value). */
export const HIDDEN = new Set([
  'id',
  'createdAt',
  'updatedAt',
  'counts',
  'usage',
  'path',
  'ownerOrgPath',
  'ownerOrgLevel',
  'ownerOrgId',
  'currentVersion',
  'presetKey',
  'requestKey',
  'entriesDigest',
  'digest',
  'seed',
  'jobId',
  'scopePath',
  'fileId',
  'assignmentId',
]);

/** Fields holding the id of a program, member or ledger entry: shown as its number ("#7"), as the log's object column does. */
const ID_FIELDS = new Set(['programId', 'reversalId', 'prerequisiteProgramId']);

/** Fields holding a member's id: shown by the member's name, which the log answers beside the row. */
const PERSON_FIELDS = new Set<string>(AUDIT_PERSON_FIELDS);

/** The names the log answers beside a row: unions and members by id. */
export interface AuditNames {
  unions: Record<string, string>;
  persons: Record<string, string>;
}
const NO_NAMES: AuditNames = { unions: {}, persons: {} };

/** Fields holding a union's id: shown by the union's name, which the log answers beside the row. */
const UNION_FIELDS = new Set<string>(AUDIT_UNION_FIELDS);

/** Where the words for a coded value live, by the entity and field that hold it. */
function vocabulary(entity: string, key: string): string | null {
  if (entity === 'program')
    return (
      {
        status: 'prog.status',
        category: 'prog.category',
        applicantType: 'prog.applicantType',
        periodUnit: 'prog.periodUnit',
        intakeModes: 'prog.intake',
        limitMode: 'prog.limitMode',
        reviewChain: 'prog.orgLevel',
      }[key] ?? null
    );
  if (entity === 'application') return { status: 'review.status', intake: 'prog.intake' }[key] ?? null;
  if (entity === 'payment_batch' && key === 'status') return 'ledger.batchStatus';
  if (entity === 'ledger_entry' && key === 'paymentStatus') return 'ledger.state';
  if (entity === 'join_request' && key === 'status') return 'onb.requests.status';
  if (key === 'mode') return 'audit.importMode';
  if (entity === 'org') return { kind: 'orgKind', status: 'orgStatus' }[key] ?? null;
  if (entity === 'person')
    return (
      { gender: 'gender', modelWorkerLevel: 'modelWorkerLevel', hardshipLevel: 'hardshipLevel' }[key] ?? null
    );
  if (entity === 'user' && key === 'role') return 'role';
  if (entity === 'user' && key === 'reason') return 'audit.signInFailure';
  return null;
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** A value from an audit record in words: coded values, amounts, times, lists and nested fields. */
export function auditValue(
  t: TFunction,
  entity: string,
  key: string,
  v: unknown,
  names: AuditNames = NO_NAMES,
  depth = 0,
): string {
  const en = t('lang.switchTo') === '中文';
  if (v === null || v === undefined || v === '') return en ? '(empty)' : '（空）';
  if (typeof v === 'boolean') return v ? t('common.yes') : t('common.no');
  if (typeof v === 'number' && /Fen$/.test(key)) return formatFen(v);
  if (typeof v === 'number' && UNION_FIELDS.has(key))
    return names.unions[v] ?? (en ? `Union #${v}` : `工会 #${v}`);
  if (typeof v === 'number' && PERSON_FIELDS.has(key))
    return names.persons[v] ?? (en ? `Member #${v}` : `会员 #${v}`);
  if (typeof v === 'number' && ID_FIELDS.has(key)) return `#${v}`;
  // Review steps are counted from 0 in the record; a reader counts from the first level.
  if (typeof v === 'number' && key === 'step') return en ? `Level ${v + 1}` : `第${v + 1}级`;
  // a role's withdrawn permissions (ADR 85), named as the roles page names them
  if ((entity === 'role' || key === 'permission') && typeof v === 'string' && v in PERMISSION_NAMES)
    return PERMISSION_NAMES[v as Permission][en ? 'en' : 'zh'];
  // why a request was refused: in words, a refusal without its own words said as one
  if (entity === 'request' && key === 'refusal' && typeof v === 'string')
    return t(`audit.refusal.${v}`, { defaultValue: t('audit.refusal.other') });
  // a key rotation's algorithm, as the operator names it (docs/deploy.md, "Keys")
  if (entity === 'key' && key === 'algorithm' && typeof v === 'string')
    return { sm4: 'SM4 / HMAC-SM3', aes: 'AES-256-GCM / HMAC-SHA256' }[v] ?? v;
  const words = vocabulary(entity, key);
  if (words && (typeof v === 'string' || typeof v === 'number'))
    return t(`${words}.${v}`, { defaultValue: v });
  if (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(v)) return formatTime(v);
  if (typeof v === 'string' || typeof v === 'number') return String(v);
  if (Array.isArray(v))
    return v.length
      ? v.map((x) => auditValue(t, entity, key, x, names, depth + 1)).join(en ? ', ' : '、')
      : en
        ? '(none)'
        : '（无）';
  if (isRecord(v) && depth < 2)
    return (
      Object.entries(v)
        // a union named beside its id ({ orgId, orgName }) is said once, by its name
        .filter(([k]) => !HIDDEN.has(k) && !(k === 'orgId' && typeof v.orgName === 'string'))
        .map(
          ([k, x]) =>
            `${fieldLabel(k, en ? 'en' : 'zh', entity)}: ${auditValue(t, entity, k, x, names, depth + 1)}`,
        )
        .join(en ? '; ' : '；')
    );
  return JSON.stringify(v);
}

/**
 * What a change did, field by field ("名称: 旧 → 新"). A record only created or only removed lists its
 * fields; both sides of an update list only the fields that differ.
 */
export function AuditChanges({
  entity,
  before,
  after,
  names,
}: {
  entity: string;
  before: unknown;
  after: unknown;
  names: AuditNames;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const b = isRecord(before) ? before : {};
  const a = isRecord(after) ? after : {};
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])].filter(
    (k) => !HIDDEN.has(k) && !same(b[k], a[k]),
  );
  if (!keys.length) return <span className="muted">{t('audit.noChange')}</span>;
  return (
    <table className="audit-changes" data-testid="audit-changes">
      <thead>
        <tr>
          <th>{t('audit.field')}</th>
          <th>{t('audit.before')}</th>
          <th />
          <th>{t('audit.after')}</th>
        </tr>
      </thead>
      <tbody>
        {keys.map((k) => (
          <tr key={k}>
            <td>{fieldLabel(k, lang, entity)}</td>
            <td>{k in b ? <AuditCell entity={entity} field={k} value={b[k]} names={names} /> : '—'}</td>
            <td>
              <ArrowRightOutlined className="muted" />
            </td>
            <td>{k in a ? <AuditCell entity={entity} field={k} value={a[k]} names={names} /> : '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** One side of a changed field: a rule or an amount described as the rule builder describes it. */
function AuditCell({
  entity,
  field,
  value,
  names,
}: {
  entity: string;
  field: string;
  value: unknown;
  names: AuditNames;
}) {
  const { t, i18n } = useTranslation();
  if (field === 'rule' && isRecord(value)) return <RuleText rule={value as unknown as Rule} />;
  if (field === 'amount' && isRecord(value)) return <AmountText amount={value as unknown as AmountRule} />;
  if (field === 'evidenceWindow' && isRecord(value)) return <>{windowText(t, value)}</>;
  const isRecordKind =
    (entity === 'program' && field === 'subjectKind') || (entity === 'record' && field === 'kind');
  if (isRecordKind && typeof value === 'string')
    return (
      <WithRuleCatalogue inline>
        {(c) => recordKindOf(c, value)?.label[langOf(i18n.language)] ?? value}
      </WithRuleCatalogue>
    );
  return <>{auditValue(t, entity, field, value, names)}</>;
}

/** A program's evidence window as the editor names it ("含之前 1 年", "2020-01-01 至 2020-12-31"). */
function windowText(t: TFunction, w: Record<string, unknown>): string {
  if (w.kind === 'years') return `${t('prog.window.before')} ${w.before} ${t('prog.window.years')}`;
  if (w.kind === 'dates') return `${w.from} ${t('prog.window.to')} ${w.to}`;
  return t(`prog.window.kind.${String(w.kind)}`, { defaultValue: '—' });
}
