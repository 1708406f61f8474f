import { Button, type ModalProps } from 'antd';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormDialog } from './FormDialog.tsx';

/**
 * A record's correction (issue 46): the 编辑 button, and a dialog opening on the record's values (`start`) which
 * the fields change through `set`; 保存 runs `save`, closes, toasts 已保存 and calls `onDone` (the page reloads, and
 * the change lands in the record's history). `save` answering false stops it (a check of its own refused).
 */
export function EditDialog<V extends object>({
  testId,
  okTestId,
  title,
  width,
  start,
  save,
  onDone,
  okProps,
  children,
}: {
  /** The 编辑 button's test id. */
  testId: string;
  okTestId?: string;
  title: ReactNode;
  width?: number;
  start: () => V;
  save: (v: V) => Promise<unknown>;
  onDone: () => unknown;
  /** More of the save button, for the values typed (locked until a required field is filled). */
  okProps?: (v: V | null) => ModalProps['okButtonProps'];
  children: (v: V, set: (patch: Partial<V>) => void) => ReactNode;
}) {
  const { t } = useTranslation();
  const [v, setV] = useState<V | null>(null);
  const set = (patch: Partial<V>) => setV((x) => (x ? { ...x, ...patch } : x));
  const submit = async () => {
    if (!v || (await save(v)) === false) return undefined;
    setV(null);
    await onDone();
    return t('edits.saved');
  };
  return (
    <>
      <Button onClick={() => setV(start())} data-testid={testId}>
        {t('common.edit')}
      </Button>
      <FormDialog
        open={v !== null}
        title={title}
        width={width}
        onClose={() => setV(null)}
        submit={submit}
        okText={t('common.save')}
        okTestId={okTestId}
        okProps={okProps?.(v)}
        destroyOnHidden
      >
        {v && children(v, set)}
      </FormDialog>
    </>
  );
}
