import { Select, Spin, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/client.ts';
import { LoadError } from '../../components/LoadError.tsx';
import { type Applicant, describeAmount, describeRule } from './rule-describe.ts';
import {
  type AmountRule,
  langOf,
  type RecordKind,
  type Rule,
  type RuleCatalogue,
  useRuleCatalogue,
} from './rule-vocabulary.ts';

/**
 * Renders `children` with the server's rule vocabulary; a spinner while it loads and an error with a
 * retry button if it could not be loaded (never an empty builder).
 */
export function WithRuleCatalogue({
  children,
  inline = false,
}: {
  children: (c: RuleCatalogue) => ReactNode;
  /** Within a line of text (a rule in words): a small spinner, the error as a line with a retry link. */
  inline?: boolean;
}) {
  const { t } = useTranslation();
  const { data, error, loading, reload } = useRuleCatalogue();
  if (data) return children(data);
  if (error && !loading) {
    if (!inline)
      return <LoadError error={error} retry={() => void reload()} what={t('load.what.ruleFields')} />;
    return (
      <Typography.Text type="danger" data-testid="rule-catalogue-error">
        {errorMessage(error)}{' '}
        <Typography.Link onClick={() => void reload()}>{t('common.refresh')}</Typography.Link>
      </Typography.Text>
    );
  }
  return <Spin size={inline ? 'small' : 'default'} data-testid="rule-catalogue-loading" />;
}

/** A rule in words, in the current language. */
export function RuleText({ rule, applicant }: { rule: Rule; applicant?: Applicant }) {
  const { t, i18n } = useTranslation();
  return (
    <WithRuleCatalogue inline>
      {(c) => describeRule(t, langOf(i18n.language), c, rule, applicant)}
    </WithRuleCatalogue>
  );
}

/** An amount in words, in the current language, naming the tier basis. */
export function AmountText({ amount, applicant }: { amount: AmountRule; applicant?: Applicant }) {
  const { t, i18n } = useTranslation();
  return (
    <WithRuleCatalogue inline>
      {(c) => describeAmount(t, amount, c, langOf(i18n.language), applicant)}
    </WithRuleCatalogue>
  );
}

/** A record kind, named as the catalogue names it (the subject of a once-per-record program). */
export function RecordKindSelect({
  value,
  onChange,
  id,
}: {
  value?: RecordKind;
  onChange: (kind: RecordKind) => void;
  /** The select's id, for the label that names it (`Form.Item`'s `htmlFor`). */
  id?: string;
}) {
  const { i18n } = useTranslation();
  const lang = langOf(i18n.language);
  return (
    <WithRuleCatalogue inline>
      {(c) => (
        <Select
          id={id}
          value={value}
          onChange={onChange}
          options={c.records.map((r) => ({ value: r.kind, label: r.label[lang] }))}
        />
      )}
    </WithRuleCatalogue>
  );
}
