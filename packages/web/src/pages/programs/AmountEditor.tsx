import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Input, InputNumber, Select, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { describeAmount } from './rule-describe.ts';
import {
  AMOUNT_KINDS,
  type AmountKind,
  type AmountRule,
  AWARD_LEVELS,
  CERT_GRADES,
  TIER_BYS,
  type TierBy,
} from './rule-types.ts';
import { YuanInput } from './YuanInput.tsx';

function defaultAmount(kind: AmountKind): AmountRule {
  switch (kind) {
    case 'fixed':
      return { kind, fen: 0 };
    case 'tier':
      return { kind, by: 'award.level', tiers: [] };
    case 'fee_share':
      return { kind, percent: 100 };
    case 'per_unit':
      return { kind, unitFen: 0 };
    case 'none':
      return { kind };
  }
}

/** Keys a tier table may use, when the key comes from a known scale. */
function tierKeyOptions(by: TierBy): (string | number)[] | null {
  if (by === 'award.level') return [...AWARD_LEVELS];
  if (by === 'certificate.grade') return [...CERT_GRADES].map(String);
  return null;
}

export function AmountEditor({ value, onChange }: { value: AmountRule; onChange: (a: AmountRule) => void }) {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={8}>
      <Select
        style={{ width: 260 }}
        value={value.kind}
        data-testid="amount-kind"
        options={AMOUNT_KINDS.map((k) => ({ value: k, label: t(`prog.amountKind.${k}`) }))}
        onChange={(k: AmountKind) => onChange(defaultAmount(k))}
      />
      {value.kind === 'fixed' && (
        <Flex gap={8} align="center">
          <span>{t('prog.amount.each')}</span>
          <YuanInput
            value={value.fen}
            testId="amount-fixed"
            onChange={(fen) => onChange({ kind: 'fixed', fen: fen ?? 0 })}
          />
        </Flex>
      )}
      {value.kind === 'per_unit' && (
        <Flex gap={8} align="center">
          <span>{t('prog.amount.perUnit')}</span>
          <YuanInput
            value={value.unitFen}
            onChange={(fen) => onChange({ kind: 'per_unit', unitFen: fen ?? 0 })}
          />
        </Flex>
      )}
      {value.kind === 'fee_share' && (
        <Flex gap={8} align="center" wrap>
          <span>{t('prog.amount.percent')}</span>
          <InputNumber
            min={0}
            max={100}
            precision={0}
            value={value.percent}
            suffix="%"
            onChange={(p) => onChange({ ...value, percent: Number(p ?? 0) })}
          />
          <span>{t('prog.amount.cap')}</span>
          <YuanInput
            value={value.capFen ?? null}
            placeholder={t('prog.amount.noCap')}
            onChange={(fen) => {
              const { capFen: _drop, ...rest } = value;
              onChange(fen === null ? rest : { ...rest, capFen: fen });
            }}
          />
        </Flex>
      )}
      {value.kind === 'tier' && <TierEditor value={value} onChange={onChange} />}
      <Typography.Text type="secondary" data-testid="amount-description">
        {describeAmount(t, value)}
      </Typography.Text>
    </Flex>
  );
}

function TierEditor({
  value,
  onChange,
}: {
  value: Extract<AmountRule, { kind: 'tier' }>;
  onChange: (a: AmountRule) => void;
}) {
  const { t } = useTranslation();
  const keys = tierKeyOptions(value.by);
  const setTier = (i: number, patch: Partial<(typeof value.tiers)[number]>) =>
    onChange({ ...value, tiers: value.tiers.map((x, j) => (j === i ? { ...x, ...patch } : x)) });
  const keyLabel = (k: string) =>
    value.by === 'award.level'
      ? t(`prog.awardLevel.${k}`)
      : value.by === 'certificate.grade'
        ? t(`prog.grade.${k}`)
        : k;
  return (
    <Flex vertical gap={8}>
      <Flex gap={8} align="center">
        <span>{t('prog.amount.tierBy')}</span>
        <Select
          style={{ width: 220 }}
          value={value.by}
          options={TIER_BYS.map((b) => ({ value: b, label: t(`prog.tierBy.${b}`) }))}
          onChange={(by: TierBy) => onChange({ kind: 'tier', by, tiers: [] })}
        />
      </Flex>
      <Table
        size="small"
        pagination={false}
        rowKey={(_, i) => String(i)}
        dataSource={value.tiers}
        locale={{ emptyText: t('prog.amount.noTiers') }}
        columns={[
          {
            title: t('prog.amount.tierKey'),
            render: (_, row, i) =>
              keys ? (
                <Select
                  size="small"
                  style={{ width: 160 }}
                  value={row.key}
                  options={keys.map((k) => ({ value: String(k), label: keyLabel(String(k)) }))}
                  onChange={(key: string) => setTier(i, { key })}
                />
              ) : (
                <Input
                  size="small"
                  style={{ width: 160 }}
                  value={row.key}
                  onChange={(e) => setTier(i, { key: e.target.value })}
                />
              ),
          },
          {
            title: t('prog.amount.tierLabel'),
            render: (_, row, i) => (
              <Input
                size="small"
                style={{ width: 200 }}
                value={row.label ?? ''}
                onChange={(e) => setTier(i, { label: e.target.value || undefined })}
              />
            ),
          },
          {
            title: t('prog.amount.tierAmount'),
            render: (_, row, i) => (
              <YuanInput size="small" value={row.fen} onChange={(fen) => setTier(i, { fen: fen ?? 0 })} />
            ),
          },
          {
            title: '',
            width: 48,
            render: (_, __, i) => (
              <Button
                size="small"
                type="text"
                danger
                icon={<DeleteOutlined />}
                aria-label={t('prog.rule.remove')}
                onClick={() => onChange({ ...value, tiers: value.tiers.filter((_, j) => j !== i) })}
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
            onChange({ ...value, tiers: [...value.tiers, { key: keys ? String(keys[0]) : '', fen: 0 }] })
          }
        >
          {t('prog.amount.addTier')}
        </Button>
      </div>
    </Flex>
  );
}
