import { Button, Form, Table, type TableProps } from 'antd';
import { type ReactNode, useState } from 'react';
import { CappedNotice } from '../../components/CappedNotice.tsx';
import { FormDialog } from '../../components/FormDialog.tsx';
import { LoadGate } from '../../components/LoadError.tsx';
import { useLoad } from '../../components/useLoad.ts';

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
  const save = async () => {
    const v = await form.validateFields();
    await create(v);
    setOpen(false);
    form.resetFields();
    void list.reload();
    return undefined;
  };
  return (
    <>
      <Button type="primary" onClick={() => setOpen(true)} style={{ marginBottom: 16 }}>
        {newLabel}
      </Button>
      <LoadGate state={list} what={what}>
        {(data) => (
          <>
            <CappedNotice list={data} plain />
            <Table<T>
              rowKey="id"
              dataSource={data.items}
              pagination={{ pageSize: 20 }}
              locale={{ emptyText: empty }}
              columns={columns}
            />
          </>
        )}
      </LoadGate>
      <FormDialog open={open} title={newLabel} onClose={() => setOpen(false)} submit={save}>
        <Form form={form} layout="vertical" initialValues={initialValues}>
          {fields}
        </Form>
      </FormDialog>
    </>
  );
}
