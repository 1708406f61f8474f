import { ArrowRightOutlined } from '@ant-design/icons';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import {
  type AuditValueNames,
  auditValueText,
  changedFields,
  HIDDEN,
} from '../../../../server/src/modules/audit/audit.changes.ts';
import { formatTime } from '../../components/dates.ts';
import i18n from '../../i18n/index.ts';
import { AmountText, RuleText, WithRuleCatalogue } from '../programs/RuleVocabulary.tsx';
import { type AmountRule, langOf, type Rule, recordKindOf } from '../programs/rule-vocabulary.ts';
import { fieldLabel } from './audit-labels.ts';

/** Bookkeeping the page leaves out: the server's list, which the log's .xlsx export leaves out too. */
export { HIDDEN };

/** The names the log answers beside a row: unions and members by id. */
export type AuditNames = AuditValueNames;
const NO_NAMES: AuditNames = { unions: {}, persons: {} };

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * A value from an audit record in words: the server's wording (audit.changes.ts), which the log's .xlsx export
 * says too, with moments in the reader's time as every page writes them.
 */
export function auditValue(
  t: TFunction,
  entity: string,
  key: string,
  v: unknown,
  names: AuditNames = NO_NAMES,
): string {
  // the language `t` speaks: its own when fixed to one (getFixedT), else the page's
  const lang = langOf((t as { lng?: string | null }).lng ?? i18n.language);
  return auditValueText(entity, key, v, { lang, names, moment: (iso) => formatTime(iso) });
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
  const keys = changedFields(before, after);
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
