import { ArrowRightOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { formatFen } from '../programs/money.ts';
import { fieldLabel } from './audit-labels.ts';

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** A value from an audit record in words: amounts in yuan, yes/no, lists and nested fields spelled out. */
export function auditValue(key: string, v: unknown, lang: string, depth = 0): string {
  const en = lang === 'en';
  if (v === null || v === undefined || v === '') return en ? '(empty)' : '（空）';
  if (typeof v === 'boolean') return v ? (en ? 'yes' : '是') : en ? 'no' : '否';
  if (typeof v === 'number' && /Fen$/.test(key)) return formatFen(v);
  if (typeof v === 'string' || typeof v === 'number') return String(v);
  if (Array.isArray(v))
    return v.length
      ? v.map((x) => auditValue(key, x, lang, depth + 1)).join(en ? ', ' : '、')
      : en
        ? '(none)'
        : '（无）';
  if (isRecord(v) && depth < 2)
    return Object.entries(v)
      .map(([k, x]) => `${fieldLabel(k, lang)}: ${auditValue(k, x, lang, depth + 1)}`)
      .join(en ? '; ' : '；');
  return JSON.stringify(v);
}

/**
 * What a change did, field by field ("名称: 旧 → 新"). A record only created or only removed lists its
 * fields; both sides of an update list only the fields that differ.
 */
export function AuditChanges({ before, after }: { before: unknown; after: unknown }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const b = isRecord(before) ? before : {};
  const a = isRecord(after) ? after : {};
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])].filter((k) => !same(b[k], a[k]));
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
            <td>{k in b ? auditValue(k, b[k], lang) : '—'}</td>
            <td>
              <ArrowRightOutlined className="muted" />
            </td>
            <td>{k in a ? auditValue(k, a[k], lang) : '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
