import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Checkbox, Dropdown, Flex, Select, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { LeafEditor, RuleApplicantContext } from './RuleLeafEditors.tsx';
import { WithRuleCatalogue } from './RuleVocabulary.tsx';
import type { Applicant } from './rule-describe.ts';
import { newRule, type Rule, type RuleCatalogue, type RuleOp } from './rule-vocabulary.ts';

const ADDABLE: RuleOp[] = [
  'person',
  'has_record',
  'member_of_owner_subtree',
  'union_level',
  'all',
  'any',
  'not',
];

/**
 * Who may take part, where a rule is optional (an activity's sign-up, a selection's nominees): a box ticked opens
 * the builder on an empty rule, unticked it drops the rule (`null`: everyone may).
 */
export function OptionalRule({
  rule,
  onChange,
  label,
  testId,
}: {
  rule: Rule | null;
  onChange: (rule: Rule | null) => void;
  label: string;
  testId?: string;
}) {
  return (
    <>
      <Checkbox
        checked={rule !== null}
        onChange={(e) => onChange(e.target.checked ? { op: 'all', rules: [] } : null)}
        data-testid={testId}
      >
        {label}
      </Checkbox>
      {rule && (
        <div style={{ marginTop: 8 }}>
          <RuleBuilder value={rule} onChange={onChange} applicant="person" />
        </div>
      )}
    </>
  );
}

/**
 * Edits an eligibility rule as a tree of groups (all / any / not) and condition rows. Fields, comparisons
 * and values are those the server's catalogue lists, so the builder offers only what the server accepts.
 */
export function RuleBuilder({
  value,
  onChange,
  applicant,
}: {
  value: Rule;
  onChange: (rule: Rule) => void;
  applicant: Applicant;
}) {
  const root: Rule = value.op === 'all' || value.op === 'any' ? value : { op: 'all', rules: [value] };
  return (
    <RuleApplicantContext.Provider value={applicant}>
      <WithRuleCatalogue>
        {(c) => <RuleNode rule={root} onChange={onChange} path="root" c={c} />}
      </WithRuleCatalogue>
    </RuleApplicantContext.Provider>
  );
}

interface NodeProps {
  rule: Rule;
  onChange: (r: Rule) => void;
  onRemove?: () => void;
  path: string;
  c: RuleCatalogue;
}

function RuleNode({ rule, onChange, onRemove, path, c }: NodeProps) {
  const { t } = useTranslation();
  const remove = onRemove ? (
    <Button
      size="small"
      type="text"
      danger
      icon={<DeleteOutlined />}
      onClick={onRemove}
      aria-label={t('prog.rule.remove')}
      data-testid={`rule-remove-${path}`}
    />
  ) : null;

  if (rule.op === 'all' || rule.op === 'any') {
    return <GroupNode rule={rule} onChange={onChange} path={path} c={c} remove={remove} />;
  }
  if (rule.op === 'not') {
    return (
      <Card
        size="small"
        style={{ borderLeft: '3px solid #ff4d4f' }}
        title={<Tag color="red">{t('prog.rule.op.not')}</Tag>}
        extra={remove}
      >
        <RuleNode
          rule={rule.rule}
          path={`${path}-n`}
          c={c}
          onChange={(r) => onChange({ op: 'not', rule: r })}
        />
      </Card>
    );
  }
  return (
    <Flex gap={8} align="center" wrap data-testid={`rule-leaf-${path}`} style={{ padding: '4px 0' }}>
      <LeafEditor rule={rule} onChange={onChange} path={path} c={c} />
      {remove}
    </Flex>
  );
}

function GroupNode({
  rule,
  onChange,
  path,
  c,
  remove,
}: Omit<NodeProps, 'rule' | 'onRemove'> & {
  rule: Extract<Rule, { op: 'all' | 'any' }>;
  remove: React.ReactNode;
}) {
  const { t } = useTranslation();
  const setRules = (rules: Rule[]) => onChange({ ...rule, rules });
  return (
    <Card
      size="small"
      data-testid={`rule-group-${path}`}
      style={{ borderLeft: `3px solid ${rule.op === 'all' ? '#1677ff' : '#fa8c16'}` }}
      title={
        <Select
          size="small"
          value={rule.op}
          style={{ width: 200 }}
          onChange={(op: 'all' | 'any') => onChange({ ...rule, op })}
          options={[
            { value: 'all', label: t('prog.rule.op.all') },
            { value: 'any', label: t('prog.rule.op.any') },
          ]}
          data-testid={`rule-op-${path}`}
        />
      }
      extra={remove}
    >
      <Flex vertical gap={8}>
        {rule.rules.length === 0 && (
          <Typography.Text type="secondary">{t('prog.rule.emptyGroup')}</Typography.Text>
        )}
        {rule.rules.map((child, i) => (
          <RuleNode
            // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity beyond their place
            key={i}
            path={`${path}-${i}`}
            rule={child}
            c={c}
            onChange={(r) => setRules(rule.rules.map((x, j) => (j === i ? r : x)))}
            onRemove={() => setRules(rule.rules.filter((_, j) => j !== i))}
          />
        ))}
        <div>
          <Dropdown
            menu={{
              items: ADDABLE.map((op) => ({ key: op, label: t(`prog.rule.add.${op}`) })),
              onClick: ({ key }) => setRules([...rule.rules, newRule(key as RuleOp, c)]),
            }}
          >
            <Button size="small" icon={<PlusOutlined />} data-testid={`rule-add-${path}`}>
              {t('prog.rule.addCondition')}
            </Button>
          </Dropdown>
        </div>
      </Flex>
    </Card>
  );
}
