import { Button, Form, type TableProps } from 'antd';
import { type ReactNode, useState } from 'react';
import { useSession } from '../../auth/session.tsx';
import { CappedNotice } from '../../components/CappedNotice.tsx';
import { FieldsDialog } from '../../components/FormDialog.tsx';
import { LoadGate } from '../../components/LoadError.tsx';
import { FitTable } from '../../components/TableCard.tsx';
import { type Loaded, useLoad } from '../../components/useLoad.ts';

/**
 * A learning register the user adds to (the masters, the resources): the 新增 button, the capped list twenty
 * rows a page, and the dialog whose `fields` record one more (the list reloads after it).
 */
export function LearningList<T extends object, V extends object>({
  newLabel,
  what,
  empty,
  load,
  columns,
  initialValues,
  create,
  fields,
}: {
  newLabel: string;
  what: string;
  empty: string;
  load: () => Promise<{ items: T[]; total: number }>;
  columns: TableProps<T>['columns'];
  initialValues: Partial<V>;
  create: (v: V) => Promise<unknown>;
  fields: ReactNode;
}) {
  const list = useLoad(load, []);
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<V>();
  const save = async (v: V) => {
    await create(v);
    setOpen(false);
    form.resetFields();
    void list.reload();
    return undefined;
  };
  return (
    <>
      <LearningTable<T>
        newLabel={newLabel}
        onNew={() => setOpen(true)}
        list={list}
        what={what}
        empty={empty}
        columns={columns}
      />
      <FieldsDialog
        form={form}
        open={open}
        title={newLabel}
        onClose={() => setOpen(false)}
        submit={save}
        destroyOnHidden={false}
        initialValues={initialValues}
      >
        {fields}
      </FieldsDialog>
    </>
  );
}

/**
 * A learning register's list: its 新增 button (`newLabel`, `onNew`) for one who may write the learning registers,
 * and the capped list twenty rows a page.
 */
export function LearningTable<T extends object>({
  newLabel,
  newTestId,
  onNew,
  list,
  what,
  empty,
  ...table
}: {
  newLabel: string;
  newTestId?: string;
  onNew: () => void;
  list: Loaded<{ items: T[]; total: number }>;
  what: string;
  empty: string;
} & Omit<TableProps<T>, 'rowKey' | 'dataSource' | 'pagination' | 'locale'>) {
  return (
    <>
      <LearningNewButton label={newLabel} testId={newTestId} onNew={onNew} />
      <LoadGate state={list} what={what}>
        {(data) => (
          <>
            <CappedNotice list={data} plain />
            <FitTable<T>
              rowKey="id"
              dataSource={data.items}
              pagination={{ pageSize: 20 }}
              locale={{ emptyText: empty }}
              {...table}
            />
          </>
        )}
      </LoadGate>
    </>
  );
}

/** A learning register's 新增 button, shown to one who may write the learning registers. */
export function LearningNewButton({
  label,
  testId,
  onNew,
}: {
  label: string;
  testId?: string;
  onNew: () => void;
}) {
  const { can } = useSession();
  if (!can('learning.write')) return null;
  return (
    <Button type="primary" onClick={onNew} style={{ marginBottom: 16 }} data-testid={testId}>
      {label}
    </Button>
  );
}
