import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Checkbox, Flex, Input, Select, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { FIELD_TYPES as TYPES } from '../../../../server/src/modules/returns/returns.vocabulary.ts';
import { listSeparator } from '../../components/listSeparator.ts';
import { optionsOf } from '../../components/options.ts';
import { WholeTable } from '../../components/TableCard.tsx';
import { TextLine } from '../../components/TextBox.tsx';
import type { Figure, FormField, FormTable, ReturnForm } from './returns-api.ts';

type Section = ReturnForm['sections'][number];

/** One section of the form being made: its title, its fields and its tables. */
export function SectionEditor({
  sec,
  figures,
  onChange,
  onRemove,
  newKey,
}: {
  sec: Section;
  figures: Figure[];
  onChange: (s: Section) => void;
  onRemove: () => void;
  newKey: (prefix: string) => string;
}) {
  const { t } = useTranslation();
  const setTable = (i: number, next: FormTable) =>
    onChange({ ...sec, tables: sec.tables.map((x, j) => (j === i ? next : x)) });
  return (
    <Card
      title={
        <TextLine
          value={sec.title}
          onChange={(text) => onChange({ ...sec, title: text })}
          placeholder={t('ret.edit.section')}
          aria-label={t('ret.edit.section')}
          style={{ maxWidth: 420 }}
        />
      }
      extra={<Button icon={<DeleteOutlined />} onClick={onRemove} aria-label={t('ret.edit.remove')} />}
      size="small"
    >
      <FieldTable sec={sec} figures={figures} onChange={onChange} />
      <Space style={{ marginTop: 8 }}>
        <Button
          icon={<PlusOutlined />}
          size="small"
          onClick={() =>
            onChange({ ...sec, fields: [...sec.fields, { key: newKey('f'), label: '', type: 'int' }] })
          }
          data-testid={`ret-add-field-${sec.key}`}
        >
          {t('ret.edit.addField')}
        </Button>
        <Button
          icon={<PlusOutlined />}
          size="small"
          onClick={() =>
            onChange({
              ...sec,
              tables: [
                ...sec.tables,
                { key: newKey('t'), label: '', columns: [{ key: 'c1', label: '', type: 'int' }] },
              ],
            })
          }
        >
          {t('ret.edit.addTable')}
        </Button>
      </Space>
      {sec.tables.map((tb, i) => (
        <TableEditor
          key={tb.key}
          tb={tb}
          onChange={(next) => setTable(i, next)}
          onRemove={() => onChange({ ...sec, tables: sec.tables.filter((_, j) => j !== i) })}
        />
      ))}
    </Card>
  );
}

/** A section's fields, one row each: label, type, unit, required, the figure it takes or its choices. */
function FieldTable({
  sec,
  figures,
  onChange,
}: {
  sec: Section;
  figures: Figure[];
  onChange: (s: Section) => void;
}) {
  const { t, i18n } = useTranslation();
  const setField = (i: number, patch: Partial<FormField>) =>
    onChange({ ...sec, fields: sec.fields.map((f, j) => (j === i ? ({ ...f, ...patch } as FormField) : f)) });
  // each control named by its column and its field's row, as a screen reader says it: 指标名称 2
  const named = (column: string, i: number) => ({ 'aria-label': `${t(column)} ${i + 1}` });
  return (
    <WholeTable<FormField>
      rowKey="key"
      dataSource={sec.fields}
      scroll={{ x: 'max-content' }}
      columns={[
        {
          title: t('ret.edit.fieldLabel'),
          key: 'label',
          render: (_, f, i) => (
            <TextLine
              value={f.label}
              onChange={(text) => setField(i, { label: text })}
              style={{ width: 220 }}
              {...named('ret.edit.fieldLabel', i)}
            />
          ),
        },
        {
          title: t('ret.edit.fieldType'),
          key: 'type',
          render: (_, f, i) => (
            <Select
              value={f.type}
              style={{ width: 140 }}
              onChange={(type) => setField(i, { type, figure: undefined })}
              options={optionsOf(TYPES, (x) => t(`ret.type.${x}`))}
              {...named('ret.edit.fieldType', i)}
            />
          ),
        },
        {
          title: t('ret.edit.unit'),
          key: 'unit',
          render: (_, f, i) => (
            <TextLine
              value={f.unit ?? ''}
              onChange={(text) => setField(i, { unit: text || undefined })}
              style={{ width: 70 }}
              {...named('ret.edit.unit', i)}
            />
          ),
        },
        {
          title: t('ret.edit.required'),
          key: 'required',
          render: (_, f, i) => (
            <Checkbox
              checked={!!f.required}
              onChange={(e) => setField(i, { required: e.target.checked || undefined })}
              {...named('ret.edit.required', i)}
            />
          ),
        },
        {
          title: t('ret.edit.figure'),
          key: 'figure',
          render: (_, f, i) =>
            f.type === 'int' || f.type === 'money' ? (
              <Select
                value={f.figure ?? ''}
                style={{ width: 220 }}
                onChange={(v) => setField(i, { figure: (v || undefined) as FormField['figure'] })}
                {...named('ret.edit.figure', i)}
                options={[
                  { value: '', label: t('ret.edit.noFigure') },
                  ...figures
                    .filter((x) => x.type === f.type)
                    .map((x) => ({
                      value: x.key,
                      label: i18n.language === 'en' ? x.en : x.zh,
                      title: i18n.language === 'en' ? x.basisEn : x.basisZh,
                    })),
                ]}
              />
            ) : f.type === 'choice' ? (
              <TextLine
                placeholder={t('ret.edit.choices')}
                value={(f.choices ?? []).join(listSeparator())}
                onChange={(text) => setField(i, { choices: text.split(/[、,，]/).map((x) => x.trim()) })}
                {...named('ret.edit.choices', i)}
                style={{ width: 220 }}
              />
            ) : null,
        },
        {
          title: '',
          key: 'remove',
          render: (_, _f, i) => (
            <Button
              type="link"
              onClick={() => onChange({ ...sec, fields: sec.fields.filter((_, j) => j !== i) })}
            >
              {t('ret.edit.remove')}
            </Button>
          ),
        },
      ]}
    />
  );
}

/** One table of a section: its label, its rows (or open rows) and its columns. */
function TableEditor({
  tb,
  onChange,
  onRemove,
}: {
  tb: FormTable;
  onChange: (next: FormTable) => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Card
      size="small"
      style={{ marginTop: 12 }}
      title={
        <TextLine
          value={tb.label}
          placeholder={t('ret.edit.tableLabel')}
          aria-label={t('ret.edit.tableLabel')}
          onChange={(text) => onChange({ ...tb, label: text })}
          style={{ maxWidth: 320 }}
        />
      }
      extra={
        <Button type="link" onClick={onRemove}>
          {t('ret.edit.remove')}
        </Button>
      }
    >
      <Typography.Text>{t('ret.edit.rows')}</Typography.Text>
      <Input.TextArea
        rows={3}
        aria-label={t('ret.edit.rows')}
        value={(tb.rows ?? []).map((r) => r.label).join('\n')}
        onChange={(e) => {
          const labels = e.target.value.split('\n');
          const rows = labels.map((label, j) => ({ key: tb.rows?.[j]?.key ?? `r${j + 1}`, label }));
          onChange({
            ...tb,
            rows: labels.some((l) => l.trim()) ? rows : undefined,
            maxRows: labels.some((l) => l.trim()) ? undefined : (tb.maxRows ?? 100),
          });
        }}
      />
      <Typography.Text>{t('ret.edit.columns')}</Typography.Text>
      <Flex vertical gap={4}>
        {tb.columns.map((c, j) => (
          <Space key={c.key}>
            <TextLine
              value={c.label}
              onChange={(text) =>
                onChange({
                  ...tb,
                  columns: tb.columns.map((x, k) => (k === j ? { ...x, label: text } : x)),
                })
              }
              style={{ width: 200 }}
              aria-label={`${t('ret.edit.columns')} ${j + 1}`}
            />
            <Select
              value={c.type}
              aria-label={`${t('ret.edit.fieldType')} ${j + 1}`}
              style={{ width: 140 }}
              onChange={(type) =>
                onChange({ ...tb, columns: tb.columns.map((x, k) => (k === j ? { ...x, type } : x)) })
              }
              options={optionsOf(TYPES, (x) => t(`ret.type.${x}`))}
            />
          </Space>
        ))}
        <Button
          size="small"
          icon={<PlusOutlined />}
          style={{ alignSelf: 'start' }}
          onClick={() =>
            onChange({
              ...tb,
              columns: [...tb.columns, { key: `c${tb.columns.length + 1}`, label: '', type: 'text' }],
            })
          }
        >
          {t('ret.edit.addColumn')}
        </Button>
      </Flex>
    </Card>
  );
}
