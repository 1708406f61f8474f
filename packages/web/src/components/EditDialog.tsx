import { Button, Form, type FormInstance, type ModalProps } from 'antd';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormDialog } from './FormDialog.tsx';

/** What both corrections are declared with: the button, the dialog and what happens on 保存. */
interface Correction<V> {
  /** The 编辑 button's test id. */
  testId: string;
  okTestId?: string;
  title: ReactNode;
  width?: number;
  save: (v: V) => Promise<unknown>;
  onDone: () => unknown;
}

/** The 编辑 button and its dialog (open while `open`); 保存 runs `submit` then closes, toasts 已保存 and calls `onDone`. */
function CorrectionShell({
  testId,
  okTestId,
  title,
  width,
  open,
  onOpen,
  onClose,
  submit,
  onDone,
  okProps,
  form,
  children,
}: Omit<Correction<never>, 'save'> & {
  open: boolean;
  onOpen: () => void;
  onClose: () => void;
  /** Checks and saves; false stops (the dialog stays open). */
  submit: () => Promise<boolean>;
  okProps?: ModalProps['okButtonProps'];
  /** The dialog's antd form, under whose fields a refusal naming one is said. */
  form?: FormInstance;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const save = async () => {
    if (!(await submit())) return undefined;
    onClose();
    await onDone();
    return t('edits.saved');
  };
  return (
    <>
      <Button onClick={onOpen} data-testid={testId}>
        {t('common.edit')}
      </Button>
      <FormDialog
        open={open}
        title={title}
        width={width}
        onClose={onClose}
        submit={save}
        okText={t('common.save')}
        okTestId={okTestId}
        okProps={okProps}
        form={form}
        destroyOnHidden
      >
        {children}
      </FormDialog>
    </>
  );
}

/**
 * A record's correction (issue 46): the 编辑 button, and a dialog opening on the record's values (`start`) which
 * the fields change through `set`; 保存 runs `save`, closes, toasts 已保存 and calls `onDone` (the page reloads, and
 * the change lands in the record's history). `save` answering false stops it (a check of its own refused).
 */
export function EditDialog<V extends object>({
  start,
  save,
  okProps,
  children,
  ...shell
}: Correction<V> & {
  start: () => V;
  /** More of the save button, for the values typed (locked until a required field is filled). */
  okProps?: (v: V | null) => ModalProps['okButtonProps'];
  children: (v: V, set: (patch: Partial<V>) => void) => ReactNode;
}) {
  const [v, setV] = useState<V | null>(null);
  const set = (patch: Partial<V>) => setV((x) => (x ? { ...x, ...patch } : x));
  return (
    <CorrectionShell
      {...shell}
      open={v !== null}
      onOpen={() => setV(start())}
      onClose={() => setV(null)}
      submit={async () => v !== null && (await save(v)) !== false}
      okProps={okProps?.(v)}
    >
      {v && children(v, set)}
    </CorrectionShell>
  );
}

/**
 * A record's correction whose fields are an antd form (`form`, laid out as a dialog's form): 编辑 fills it with
 * `start()`; 保存 runs the fields' own checks, then `save` with the values, as `EditDialog` does.
 */
export function FormEditDialog<V extends object>({
  form,
  formTestId,
  start,
  save,
  children,
  ...shell
}: Correction<V> & {
  form: FormInstance<V>;
  formTestId?: string;
  /** The record's values, put in the form as the dialog opens. */
  start: () => Parameters<FormInstance<V>['setFieldsValue']>[0];
  children: ReactNode;
}) {
  const [open, setOpen] = useState(false);
  return (
    <CorrectionShell
      {...shell}
      form={form}
      open={open}
      onOpen={() => {
        form.setFieldsValue(start());
        setOpen(true);
      }}
      onClose={() => setOpen(false)}
      submit={async () => (await save(await form.validateFields())) !== false}
    >
      <Form<V> form={form} layout="vertical" data-testid={formTestId}>
        {children}
      </Form>
    </CorrectionShell>
  );
}
