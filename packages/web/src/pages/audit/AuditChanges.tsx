import { ArrowRightOutlined } from '@ant-design/icons';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { formatTime } from '../../components/dates.ts';
import { formatFen } from '../programs/money.ts';
import { AmountText, RuleText } from '../programs/RuleVocabulary.tsx';
import type { AmountRule, Rule } from '../programs/rule-vocabulary.ts';
import { fieldLabel } from './audit-labels.ts';

/** Bookkeeping kept with a record that says nothing to a reader of the log. */
const HIDDEN = new Set([
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
]);

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
        subjectKind: 'prog.recordKind',
        reviewChain: 'prog.orgLevel',
      }[key] ?? null
    );
  if (entity === 'application' && key === 'status') return 'review.status';
  if (entity === 'org') return { kind: 'orgKind', status: 'orgStatus' }[key] ?? null;
  if (entity === 'person') return { gender: 'gender' }[key] ?? null;
  if (entity === 'user' && key === 'role') return 'role';
  return null;
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** A value from an audit record in words: coded values, amounts, times, lists and nested fields. */
export function auditValue(t: TFunction, entity: string, key: string, v: unknown, depth = 0): string {
  const en = t('lang.switchTo') === '中文';
  if (v === null || v === undefined || v === '') return en ? '(empty)' : '（空）';
  if (typeof v === 'boolean') return v ? t('common.yes') : t('common.no');
  if (typeof v === 'number' && /Fen$/.test(key)) return formatFen(v);
  const words = vocabulary(entity, key);
  if (words && (typeof v === 'string' || typeof v === 'number'))
    return t(`${words}.${v}`, { defaultValue: v });
  if (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(v)) return formatTime(v);
  if (typeof v === 'string' || typeof v === 'number') return String(v);
  if (Array.isArray(v))
    return v.length
      ? v.map((x) => auditValue(t, entity, key, x, depth + 1)).join(en ? ', ' : '、')
      : en
        ? '(none)'
        : '（无）';
  if (isRecord(v) && depth < 2)
    return Object.entries(v)
      .map(([k, x]) => `${fieldLabel(k, en ? 'en' : 'zh')}: ${auditValue(t, entity, k, x, depth + 1)}`)
      .join(en ? '; ' : '；');
  return JSON.stringify(v);
}

/**
 * What a change did, field by field ("名称: 旧 → 新"). A record only created or only removed lists its
 * fields; both sides of an update list only the fields that differ.
 */
export function AuditChanges({ entity, before, after }: { entity: string; before: unknown; after: unknown }) {
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
            <td>{fieldLabel(k, lang)}</td>
            <td>{k in b ? <AuditCell entity={entity} field={k} value={b[k]} /> : '—'}</td>
            <td>
              <ArrowRightOutlined className="muted" />
            </td>
            <td>{k in a ? <AuditCell entity={entity} field={k} value={a[k]} /> : '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** One side of a changed field: a rule or an amount described as the rule builder describes it. */
function AuditCell({ entity, field, value }: { entity: string; field: string; value: unknown }) {
  const { t } = useTranslation();
  if (field === 'rule' && isRecord(value)) return <RuleText rule={value as unknown as Rule} />;
  if (field === 'amount' && isRecord(value)) return <AmountText amount={value as unknown as AmountRule} />;
  if (field === 'evidenceWindow' && isRecord(value)) return <>{windowText(t, value)}</>;
  return <>{auditValue(t, entity, field, value)}</>;
}

/** A program's evidence window as the editor names it ("含之前 1 年", "2020-01-01 至 2020-12-31"). */
function windowText(t: TFunction, w: Record<string, unknown>): string {
  if (w.kind === 'years') return `${t('prog.window.before')} ${w.before} ${t('prog.window.years')}`;
  if (w.kind === 'dates') return `${w.from} ${t('prog.window.to')} ${w.to}`;
  return t(`prog.window.kind.${String(w.kind)}`, { defaultValue: '—' });
}
