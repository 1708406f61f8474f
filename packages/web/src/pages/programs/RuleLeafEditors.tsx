import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Select, Tag, Typography } from 'antd';
import { createContext, useContext } from 'react';
import { useTranslation } from 'react-i18next';
import { CmpSelect, UnknownField, ValueInput } from './ConditionInputs.tsx';
import type { Applicant } from './rule-describe.ts';
import {
  adjustValue,
  asRule,
  type CatalogueField,
  type Condition,
  langOf,
  newCondition,
  personFieldOf,
  type Rule,
  type RuleCatalogue,
  recordKindOf,
} from './rule-vocabulary.ts';

/** Who applies to the program being edited: a union-applicant rule speaks of the applying union. */
export const RuleApplicantContext = createContext<Applicant>('person');

interface LeafProps {
  rule: Rule;
  onChange: (r: Rule) => void;
  path: string;
  c: RuleCatalogue;
}

/** One condition row: a fact about the person, the owner's members, the union's level, or a record. */
export function LeafEditor({ rule, onChange, path, c }: LeafProps) {
  const { t } = useTranslation();
  const applicant = useContext(RuleApplicantContext);
  switch (rule.op) {
    case 'person':
      return <PersonEditor rule={rule} onChange={onChange} path={path} c={c} />;
    case 'member_of_owner_subtree':
      return (
        <>
          <Tag color="green">{t('prog.rule.kind.member')}</Tag>
          <Typography.Text>
            {t(applicant === 'union' ? 'prog.rule.unionOfOwner' : 'prog.rule.memberOfOwner')}
          </Typography.Text>
        </>
      );
    case 'union_level':
      return (
        <>
          <Tag color="purple">{t('prog.rule.kind.unionLevel')}</Tag>
          <Comparison
            field={c.unionLevel}
            value={rule}
            onChange={({ cmp, value }) => onChange(asRule({ op: 'union_level', cmp, value }))}
            testId={`rule-union-${path}`}
          />
        </>
      );
    case 'has_record':
      return <HasRecordEditor rule={rule} onChange={onChange} path={path} c={c} />;
    default:
      return null;
  }
}

/** The comparison and value of a condition on `field`; changing the comparison keeps the value. */
function Comparison({
  field,
  value,
  onChange,
  testId,
}: {
  field: CatalogueField;
  value: Omit<Condition, 'field'>;
  onChange: (next: Omit<Condition, 'field'>) => void;
  testId: string;
}) {
  if (field.type === 'bool') {
    // a yes/no field is picked by its value; "is not yes" (as an API client may write it) shows as "no"
    const yes = (value.cmp === 'eq') === (value.value === true);
    return (
      <ValueInput
        field={field}
        cmp="eq"
        value={yes}
        testId={`${testId}-value`}
        onChange={(v) => onChange({ cmp: 'eq', value: v })}
      />
    );
  }
  return (
    <>
      <CmpSelect
        field={field}
        value={value.cmp}
        testId={`${testId}-cmp`}
        onChange={(cmp) => onChange({ cmp, value: adjustValue(field, cmp, value.value) })}
      />
      <ValueInput
        field={field}
        cmp={value.cmp}
        value={value.value}
        testId={`${testId}-value`}
        onChange={(v) => onChange({ cmp: value.cmp, value: v })}
      />
    </>
  );
}

function PersonEditor({ rule, onChange, path, c }: LeafProps & { rule: Extract<Rule, { op: 'person' }> }) {
  const { t, i18n } = useTranslation();
  const lang = langOf(i18n.language);
  const field = personFieldOf(c, rule.field);
  return (
    <>
      <Tag color="blue">{t('prog.rule.kind.person')}</Tag>
      <Select
        size="small"
        style={{ width: 180 }}
        value={rule.field}
        data-testid={`rule-person-field-${path}`}
        options={c.person.map((f) => ({ value: f.key, label: f.label[lang] }))}
        onChange={(key: string) => {
          const next = personFieldOf(c, key);
          if (next) onChange(asRule({ op: 'person', ...newCondition(next) }));
        }}
      />
      {field ? (
        <Comparison
          field={field}
          value={rule}
          onChange={(x) => onChange(asRule({ ...rule, ...x }))}
          testId={`rule-person-${path}`}
        />
      ) : (
        <UnknownField />
      )}
    </>
  );
}

function HasRecordEditor({
  rule,
  onChange,
  path,
  c,
}: LeafProps & { rule: Extract<Rule, { op: 'has_record' }> }) {
  const { t, i18n } = useTranslation();
  const lang = langOf(i18n.language);
  const fields = recordKindOf(c, rule.kind)?.fields ?? [];
  const where: Condition[] = rule.where;
  const setWhere = (next: Condition[]) => onChange(asRule({ ...rule, where: next }));
  return (
    <Flex vertical gap={6} style={{ flex: 1, minWidth: 0 }}>
      <Flex gap={8} align="center" wrap>
        <Tag color="gold">{t('prog.rule.kind.hasRecord')}</Tag>
        <Select
          size="small"
          style={{ width: 160 }}
          value={rule.kind}
          data-testid={`rule-record-kind-${path}`}
          options={c.records.map((r) => ({ value: r.kind, label: r.label[lang] }))}
          onChange={(kind: string) => onChange(asRule({ op: 'has_record', kind, where: [] }))}
        />
        <Button
          size="small"
          icon={<PlusOutlined />}
          data-testid={`rule-record-addcond-${path}`}
          disabled={fields.length === 0}
          onClick={() => setWhere([...where, newCondition(fields[0])])}
        >
          {t('prog.rule.addRecordCondition')}
        </Button>
      </Flex>
      {where.map((cond, i) => {
        const field = fields.find((f) => f.key === cond.field);
        const set = (next: Condition) => setWhere(where.map((x, j) => (j === i ? next : x)));
        return (
          <Flex
            // biome-ignore lint/suspicious/noArrayIndexKey: conditions have no identity beyond their place
            key={i}
            gap={8}
            align="center"
            wrap
            style={{ paddingLeft: 24 }}
            data-testid={`rule-cond-${path}-${i}`}
          >
            <Typography.Text type="secondary">{t('prog.rule.where')}</Typography.Text>
            <Select
              size="small"
              style={{ width: 150 }}
              value={cond.field}
              data-testid={`rule-cond-field-${path}-${i}`}
              options={fields.map((f) => ({ value: f.key, label: f.label[lang] }))}
              onChange={(key: string) => {
                const next = fields.find((f) => f.key === key);
                if (next) set(newCondition(next));
              }}
            />
            {field ? (
              <Comparison
                field={field}
                value={cond}
                onChange={(x) => set({ ...cond, ...x })}
                testId={`rule-cond-${path}-${i}`}
              />
            ) : (
              <UnknownField />
            )}
            <Button
              size="small"
              type="text"
              danger
              icon={<DeleteOutlined />}
              aria-label={t('prog.rule.remove')}
              onClick={() => setWhere(where.filter((_, j) => j !== i))}
            />
          </Flex>
        );
      })}
    </Flex>
  );
}
