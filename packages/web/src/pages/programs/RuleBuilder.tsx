import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Dropdown, Flex, Input, InputNumber, Select, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { fenToYuanText, yuanToFen } from './money.ts';
import {
  type Cmp,
  type Condition,
  cmpKey,
  cmpsFor,
  defaultValue,
  newLeaf,
  PERSON_FIELDS,
  type PersonField,
  personValueKind,
  RECORD_FIELDS,
  RECORD_KINDS,
  type RecordKind,
  type Rule,
  type RuleOp,
  recordValueKind,
  type Scalar,
  type ValueKind,
} from './rule-types.ts';

/** Edits an eligibility rule as a tree of groups (all / any / not) and condition rows. */
export function RuleBuilder({ value, onChange }: { value: Rule; onChange: (rule: Rule) => void }) {
  const root: Rule = value.op === 'all' || value.op === 'any' ? value : { op: 'all', rules: [value] };
  return <RuleNode rule={root} onChange={onChange} path="root" />;
}

function RuleNode({
  rule,
  onChange,
  onRemove,
  path,
}: {
  rule: Rule;
  onChange: (r: Rule) => void;
  onRemove?: () => void;
  path: string;
}) {
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
    const addItems: { key: RuleOp; label: string }[] = (
      ['person', 'has_record', 'member_of_owner_subtree', 'union_level', 'all', 'any', 'not'] as RuleOp[]
    ).map((op) => ({ key: op, label: t(`prog.rule.add.${op}`) }));
    return (
      <Card
        size="small"
        data-testid={`rule-group-${path}`}
        style={{ borderLeft: `3px solid ${rule.op === 'all' ? '#1677ff' : '#fa8c16'}` }}
        title={
          <Flex gap={8} align="center">
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
          </Flex>
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
              onChange={(r) => onChange({ ...rule, rules: rule.rules.map((c, j) => (j === i ? r : c)) })}
              onRemove={() => onChange({ ...rule, rules: rule.rules.filter((_, j) => j !== i) })}
            />
          ))}
          <div>
            <Dropdown
              menu={{
                items: addItems,
                onClick: ({ key }) => onChange({ ...rule, rules: [...rule.rules, newLeaf(key as RuleOp)] }),
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

  if (rule.op === 'not') {
    return (
      <Card
        size="small"
        style={{ borderLeft: '3px solid #ff4d4f' }}
        title={<Tag color="red">{t('prog.rule.op.not')}</Tag>}
        extra={remove}
      >
        <RuleNode rule={rule.rule} path={`${path}-n`} onChange={(r) => onChange({ op: 'not', rule: r })} />
      </Card>
    );
  }

  return (
    <Flex gap={8} align="center" wrap data-testid={`rule-leaf-${path}`} style={{ padding: '4px 0' }}>
      <LeafEditor rule={rule} onChange={onChange} path={path} />
      {remove}
    </Flex>
  );
}

function LeafEditor({ rule, onChange, path }: { rule: Rule; onChange: (r: Rule) => void; path: string }) {
  const { t } = useTranslation();
  switch (rule.op) {
    case 'person': {
      const kind = personValueKind(rule.field);
      return (
        <>
          <Tag color="blue">{t('prog.rule.kind.person')}</Tag>
          <Select
            size="small"
            style={{ width: 180 }}
            value={rule.field}
            data-testid={`rule-person-field-${path}`}
            options={PERSON_FIELDS.map((f) => ({ value: f, label: t(`prog.personField.${f}`) }))}
            onChange={(field: PersonField) => {
              const k = personValueKind(field);
              onChange({ op: 'person', field, cmp: cmpsFor(k)[0], value: defaultValue(k) });
            }}
          />
          <CmpSelect
            kind={kind}
            value={rule.cmp}
            onChange={(cmp) => onChange({ ...rule, cmp, value: adjust(kind, cmp, rule.value) })}
          />
          <ValueInput
            kind={kind}
            cmp={rule.cmp}
            value={rule.value}
            onChange={(value) => onChange({ ...rule, value })}
          />
        </>
      );
    }
    case 'member_of_owner_subtree':
      return (
        <>
          <Tag color="green">{t('prog.rule.kind.member')}</Tag>
          <Typography.Text>{t('prog.rule.memberOfOwner')}</Typography.Text>
        </>
      );
    case 'union_level':
      return (
        <>
          <Tag color="purple">{t('prog.rule.kind.unionLevel')}</Tag>
          <CmpSelect
            kind={{ type: 'number' }}
            value={rule.cmp}
            onChange={(cmp) => onChange({ ...rule, cmp: cmp === 'in' ? 'eq' : cmp })}
            exclude={['in']}
          />
          <Select
            size="small"
            style={{ width: 220 }}
            value={rule.value}
            options={[1, 2, 3, 4, 5].map((l) => ({ value: l, label: t(`prog.orgLevel.${l}`) }))}
            onChange={(value: number) => onChange({ ...rule, value })}
          />
        </>
      );
    case 'has_record':
      return <HasRecordEditor rule={rule} onChange={onChange} path={path} />;
    default:
      return null;
  }
}

function HasRecordEditor({
  rule,
  onChange,
  path,
}: {
  rule: Extract<Rule, { op: 'has_record' }>;
  onChange: (r: Rule) => void;
  path: string;
}) {
  const { t } = useTranslation();
  const fields = RECORD_FIELDS[rule.kind] as readonly string[];
  const setWhere = (where: Condition[]) => onChange({ ...rule, where });
  return (
    <Flex vertical gap={6} style={{ flex: 1, minWidth: 0 }}>
      <Flex gap={8} align="center" wrap>
        <Tag color="gold">{t('prog.rule.kind.hasRecord')}</Tag>
        <Select
          size="small"
          style={{ width: 160 }}
          value={rule.kind}
          data-testid={`rule-record-kind-${path}`}
          options={RECORD_KINDS.map((k) => ({ value: k, label: t(`prog.recordKind.${k}`) }))}
          onChange={(kind: RecordKind) => onChange({ op: 'has_record', kind, where: [] })}
        />
        <Button
          size="small"
          icon={<PlusOutlined />}
          data-testid={`rule-record-addcond-${path}`}
          onClick={() => {
            const field = fields[0];
            const k = recordValueKind(rule.kind, field);
            setWhere([...rule.where, { field, cmp: cmpsFor(k)[0], value: defaultValue(k) }]);
          }}
        >
          {t('prog.rule.addRecordCondition')}
        </Button>
      </Flex>
      {rule.where.map((c, i) => {
        const kind = recordValueKind(rule.kind, c.field);
        const set = (next: Condition) => setWhere(rule.where.map((x, j) => (j === i ? next : x)));
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
              value={c.field}
              options={fields.map((f) => ({ value: f, label: t(`prog.recordField.${f}`) }))}
              onChange={(field: string) => {
                const k = recordValueKind(rule.kind, field);
                set({ field, cmp: cmpsFor(k)[0], value: defaultValue(k) });
              }}
            />
            <CmpSelect
              kind={kind}
              value={c.cmp}
              onChange={(cmp) => set({ ...c, cmp, value: adjust(kind, cmp, c.value) })}
            />
            <ValueInput kind={kind} cmp={c.cmp} value={c.value} onChange={(value) => set({ ...c, value })} />
            <Button
              size="small"
              type="text"
              danger
              icon={<DeleteOutlined />}
              aria-label={t('prog.rule.remove')}
              onClick={() => setWhere(rule.where.filter((_, j) => j !== i))}
            />
          </Flex>
        );
      })}
    </Flex>
  );
}

/** Switching to or from "is one of" turns a single value into a list or back. */
function adjust(kind: ValueKind, cmp: Cmp, value: Scalar | Scalar[]): Scalar | Scalar[] {
  if (cmp === 'in') return Array.isArray(value) ? value : [value];
  if (Array.isArray(value)) return value[0] ?? defaultValue(kind);
  return value;
}

function CmpSelect({
  kind,
  value,
  onChange,
  exclude = [],
}: {
  kind: ValueKind;
  value: Cmp;
  onChange: (c: Cmp) => void;
  exclude?: Cmp[];
}) {
  const { t } = useTranslation();
  const cmps = cmpsFor(kind).filter((c) => !exclude.includes(c));
  if (kind.type === 'bool') return <Typography.Text>{t('prog.cmp.is')}</Typography.Text>;
  return (
    <Select
      size="small"
      style={{ width: 120 }}
      value={value}
      options={cmps.map((c) => ({ value: c, label: t(cmpKey(kind, c)) }))}
      onChange={onChange}
    />
  );
}

function ValueInput({
  kind,
  cmp,
  value,
  onChange,
}: {
  kind: ValueKind;
  cmp: Cmp;
  value: Scalar | Scalar[];
  onChange: (v: Scalar | Scalar[]) => void;
}) {
  const { t } = useTranslation();
  if (kind.type === 'bool') {
    return (
      <Select
        size="small"
        style={{ width: 90 }}
        value={Boolean(value)}
        options={[
          { value: true, label: t('common.yes') },
          { value: false, label: t('common.no') },
        ]}
        onChange={onChange}
      />
    );
  }
  if (kind.type === 'enum') {
    const options = kind.options.map((o) => ({ value: o, label: t(`${kind.i18nPrefix}.${o}`) }));
    return cmp === 'in' ? (
      <Select
        size="small"
        mode="multiple"
        style={{ minWidth: 200 }}
        value={Array.isArray(value) ? value : [value]}
        options={options}
        onChange={onChange}
      />
    ) : (
      <Select
        size="small"
        style={{ width: 180 }}
        value={value as Scalar}
        options={options}
        onChange={onChange}
      />
    );
  }
  if (cmp === 'in') {
    const list = (Array.isArray(value) ? value : [value]).map(String);
    return (
      <Select
        size="small"
        mode="tags"
        style={{ minWidth: 220 }}
        value={list}
        placeholder={t('prog.rule.tagsHint')}
        onChange={(vals: string[]) =>
          onChange(kind.type === 'number' ? vals.map(Number).filter(Number.isFinite) : vals)
        }
      />
    );
  }
  if (kind.type === 'number' && kind.fen) {
    return (
      <Input
        size="small"
        style={{ width: 140 }}
        prefix="¥"
        defaultValue={fenToYuanText(Number(value))}
        onChange={(e) => {
          const fen = yuanToFen(e.target.value);
          if (fen !== null) onChange(fen);
        }}
      />
    );
  }
  if (kind.type === 'number') {
    return (
      <InputNumber
        size="small"
        style={{ width: 110 }}
        value={Number(value)}
        onChange={(v) => onChange(Number(v ?? 0))}
      />
    );
  }
  return (
    <Input
      size="small"
      style={{ width: 200 }}
      value={String(value)}
      onChange={(e) => onChange(e.target.value)}
    />
  );
}
