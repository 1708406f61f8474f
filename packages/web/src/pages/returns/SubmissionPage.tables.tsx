import { PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { WholeTable } from '../../components/TableCard.tsx';
import { TextLine } from '../../components/TextBox.tsx';
import type { FormField, FormTable } from './returns-api.ts';

export const cellKey = (table: string, row: string | number, col: string) => `${table}.${row}.${col}`;

/** A table with its rows laid down: one input per cell. */
export function FixedTable({
  tb,
  field,
}: {
  tb: FormTable;
  field: (f: FormField, key: string) => React.ReactNode;
}) {
  return (
    <div style={{ marginTop: 12 }}>
      <Typography.Text strong>{tb.label}</Typography.Text>
      <WholeTable
        rowKey="key"
        dataSource={tb.rows}
        scroll={{ x: 'max-content' }}
        columns={[
          { title: '', dataIndex: 'label', fixed: 'left', width: 140 },
          ...tb.columns.map((c) => ({
            title: c.label,
            key: c.key,
            width: 200,
            // a cell bound to a Gonghui figure shows it like a bound field
            render: (_: unknown, r: NonNullable<FormTable['rows']>[number]) =>
              field(
                r.figures?.[c.key] ? { ...c, figure: r.figures[c.key] } : c,
                cellKey(tb.key, r.key, c.key),
              ),
          })),
        ]}
      />
    </div>
  );
}

/** A table the union adds rows to (up to its most). */
export function OpenTable({
  tb,
  editable,
  textOf,
  setEdits,
  typed,
  errorOf,
}: {
  tb: FormTable;
  editable: boolean;
  textOf: (key: string) => string;
  setEdits: React.Dispatch<React.SetStateAction<Record<string, string>>>;
  typed: (key: string, v: string) => void;
  errorOf: (key: string) => string | undefined;
}) {
  const { t } = useTranslation();
  const filled = (n: number) => tb.columns.some((c) => textOf(cellKey(tb.key, n, c.key)) !== '');
  const max = tb.maxRows ?? 500;
  let count = 0;
  for (let n = 1; n <= max; n += 1) if (filled(n)) count = n;
  const [rows, setRows] = useState(Math.max(count, editable ? 1 : 0));
  const remove = (n: number) =>
    setEdits((e) => {
      const next = { ...e };
      for (let r = n; r < rows; r += 1)
        for (const c of tb.columns) next[cellKey(tb.key, r, c.key)] = textOf(cellKey(tb.key, r + 1, c.key));
      for (const c of tb.columns) next[cellKey(tb.key, rows, c.key)] = '';
      return next;
    });
  return (
    <div style={{ marginTop: 12 }}>
      <Typography.Text strong>{tb.label}</Typography.Text>
      <WholeTable
        rowKey="n"
        scroll={{ x: 'max-content' }}
        dataSource={Array.from({ length: rows }, (_, i) => ({ n: i + 1 }))}
        columns={[
          { title: '', dataIndex: 'n', width: 50 },
          ...tb.columns.map((c) => ({
            title: c.label,
            key: c.key,
            render: (_: unknown, r: { n: number }) => {
              const key = cellKey(tb.key, r.n, c.key);
              return c.type === 'choice' ? (
                <select
                  className="ant-input"
                  value={textOf(key)}
                  disabled={!editable}
                  onChange={(e) => setEdits((x) => ({ ...x, [key]: e.target.value }))}
                >
                  <option value="" />
                  {(c.choices ?? []).map((o) => (
                    <option key={o} value={o}>
                      {o}
                    </option>
                  ))}
                </select>
              ) : (
                <Flex vertical gap={2}>
                  <TextLine
                    value={textOf(key)}
                    disabled={!editable}
                    status={errorOf(key) ? 'error' : undefined}
                    onChange={(text) => typed(key, text)}
                    testId={`ret-input-${key}`}
                  />
                  {errorOf(key) && (
                    <Typography.Text type="danger" data-testid={`ret-error-${key}`}>
                      {errorOf(key)}
                    </Typography.Text>
                  )}
                </Flex>
              );
            },
          })),
          ...(editable
            ? [
                {
                  title: '',
                  key: 'remove',
                  width: 70,
                  render: (_: unknown, r: { n: number }) => (
                    <Button
                      type="link"
                      onClick={() => {
                        remove(r.n);
                        setRows((x) => Math.max(x - 1, 1));
                      }}
                    >
                      {t('ret.fill.removeRow')}
                    </Button>
                  ),
                },
              ]
            : []),
        ]}
      />
      {editable && rows < max && (
        <Button
          icon={<PlusOutlined />}
          size="small"
          style={{ marginTop: 8 }}
          onClick={() => setRows((x) => x + 1)}
        >
          {t('ret.fill.addRow')}
        </Button>
      )}
    </div>
  );
}
