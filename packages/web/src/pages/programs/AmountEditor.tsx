import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { NumberInput } from '../../components/NumberInput.tsx';
import { WholeTable } from '../../components/TableCard.tsx';
import { TextLine } from '../../components/TextBox.tsx';
import { YuanInput } from '../../components/YuanInput.tsx';
import { WithRuleCatalogue } from './RuleVocabulary.tsx';
import { type Applicant, describeAmount } from './rule-describe.ts';
import {
  type AmountKind,
  type AmountRule,
  langOf,
  newAmount,
  type RuleCatalogue,
  type TierBy,
  type TierRule,
} from './rule-vocabulary.ts';

/** Edits the amount rule; its kinds and tier bases are those the server's catalogue lists. */
export function AmountEditor({
  value,
  onChange,
  applicant,
}: {
  value: AmountRule;
  onChange: (a: AmountRule) => void;
  applicant: Applicant;
}) {
  return (
    <WithRuleCatalogue>
      {(c) => <AmountForm value={value} onChange={onChange} c={c} applicant={applicant} />}
    </WithRuleCatalogue>
  );
}

function AmountForm({
  value,
  onChange,
  c,
  applicant,
}: {
  value: AmountRule;
  onChange: (a: AmountRule) => void;
  c: RuleCatalogue;
  applicant: Applicant;
}) {
  const { t, i18n } = useTranslation();
  const lang = langOf(i18n.language);
  return (
    <Flex vertical gap={8}>
      <Select
        style={{ width: 260 }}
        value={value.kind}
        data-testid="amount-kind"
        options={c.amountKinds.map((k) => ({ value: k.kind, label: k.label[lang] }))}
        onChange={(k: AmountKind) => onChange(newAmount(k, c))}
      />
      {value.kind === 'fixed' && (
        <Flex gap={8} align="center">
          <span>{t(applicant === 'union' ? 'prog.amount.eachUnion' : 'prog.amount.each')}</span>
          <YuanInput
            value={value.fen}
            testId="amount-fixed"
            onChange={(fen) => fen !== null && onChange({ kind: 'fixed', fen })}
          />
        </Flex>
      )}
      {value.kind === 'per_unit' && (
        <Flex gap={8} align="center">
          <span>{t('prog.amount.perUnit')}</span>
          <YuanInput
            value={value.unitFen}
            testId="amount-per-unit"
            onChange={(fen) => fen !== null && onChange({ kind: 'per_unit', unitFen: fen })}
          />
        </Flex>
      )}
      {value.kind === 'fee_share' && (
        <Flex gap={8} align="center" wrap>
          <span>{t('prog.amount.percent')}</span>
          <NumberInput
            min={0}
            max={100}
            value={value.percent}
            suffix="%"
            style={{ width: 120 }}
            testId="amount-percent"
            onChange={(p) => p !== null && onChange({ ...value, percent: p })}
          />
          <span>{t('prog.amount.cap')}</span>
          <YuanInput
            value={value.capFen ?? null}
            emptyMeans={t('prog.amount.noCap')}
            testId="amount-cap"
            onChange={(fen) => {
              const { capFen: _drop, ...rest } = value;
              onChange(fen === null ? rest : { ...rest, capFen: fen });
            }}
          />
        </Flex>
      )}
      {value.kind === 'tier' && <TierEditor value={value} onChange={onChange} c={c} />}
      <Typography.Text type="secondary" data-testid="amount-description">
        {describeAmount(t, value, c, lang, applicant)}
      </Typography.Text>
    </Flex>
  );
}

function TierEditor({
  value,
  onChange,
  c,
}: {
  value: TierRule;
  onChange: (a: AmountRule) => void;
  c: RuleCatalogue;
}) {
  const { t, i18n } = useTranslation();
  const lang = langOf(i18n.language);
  const keys = c.tierBy.find((b) => b.by === value.by)?.keys ?? null;
  const setTiers = (tiers: TierRule['tiers']) => onChange({ ...value, tiers } as AmountRule);
  const setTier = (i: number, patch: Partial<TierRule['tiers'][number]>) =>
    setTiers(value.tiers.map((x, j) => (j === i ? { ...x, ...patch } : x)) as TierRule['tiers']);
  return (
    <Flex vertical gap={8}>
      <Flex gap={8} align="center">
        <span>{t('prog.amount.tierBy')}</span>
        <Select
          style={{ width: 220 }}
          value={value.by}
          options={c.tierBy.map((b) => ({ value: b.by, label: b.label[lang] }))}
          onChange={(by: TierBy) => onChange({ kind: 'tier', by, tiers: [] } as AmountRule)}
        />
      </Flex>
      <WholeTable
        rowKey={(_, i) => String(i)}
        dataSource={value.tiers}
        locale={{ emptyText: t('prog.amount.noTiers') }}
        columns={[
          {
            title: t('prog.amount.tierKey'),
            render: (_, row, i) =>
              keys ? (
                <Select
                  style={{ width: 160 }}
                  value={row.key}
                  options={keys.map((k) => ({ value: k.value, label: k.label[lang] }))}
                  onChange={(key: string) => setTier(i, { key })}
                />
              ) : (
                <TextLine
                  style={{ width: 160 }}
                  value={row.key}
                  onChange={(text) => setTier(i, { key: text })}
                />
              ),
          },
          {
            title: t('prog.amount.tierLabel'),
            render: (_, row, i) => (
              <TextLine
                style={{ width: 200 }}
                value={row.label ?? ''}
                onChange={(text) => setTier(i, { label: text || undefined })}
              />
            ),
          },
          {
            title: t('prog.amount.tierAmount'),
            render: (_, row, i) => (
              <YuanInput
                value={row.fen}
                testId={`tier-fen-${i}`}
                onChange={(fen) => fen !== null && setTier(i, { fen })}
              />
            ),
          },
          {
            title: '',
            width: 48,
            render: (_, __, i) => (
              <Button
                type="text"
                danger
                icon={<DeleteOutlined />}
                aria-label={t('prog.rule.remove')}
                onClick={() => setTiers(value.tiers.filter((_, j) => j !== i) as TierRule['tiers'])}
              />
            ),
          },
        ]}
      />
      <div>
        <Button
          size="small"
          icon={<PlusOutlined />}
          onClick={() =>
            setTiers([...value.tiers, { key: keys ? keys[0].value : '', fen: 0 }] as TierRule['tiers'])
          }
        >
          {t('prog.amount.addTier')}
        </Button>
      </div>
    </Flex>
  );
}
