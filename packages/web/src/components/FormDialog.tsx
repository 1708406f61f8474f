import { Form, type FormInstance, type FormProps, Modal, type ModalProps } from 'antd';
import { type ReactNode, useState } from 'react';
import { Field } from './Field.tsx';
import { useFeedback } from './feedback.ts';
import { showAtField } from './fieldRefusal.ts';
import { isFieldErrors } from './formValues.ts';
import { useInvalidFields, ValidityScope } from './inputValidity.tsx';
import { OrgSelect } from './OrgSelect.tsx';

/**
 * A dialog acting on what `P` names: closed by `onClose`; `onDone` once it saved (the page reloads), given `Done`
 * (the record it made) where it says.
 */
export type DialogProps<P = object, Done extends unknown[] = []> = P & {
  onClose: () => void;
  onDone: (...done: Done) => void | Promise<void>;
};

/** A dialog the page holds open in its state: `onClose` shuts it, `onDone` shuts it and runs `then` (a reload). */
export function heldDialog(shut: () => void, then: () => unknown): Pick<DialogProps, 'onClose' | 'onDone'> {
  return {
    onClose: shut,
    onDone: () => {
      shut();
      void then();
    },
  };
}

/**
 * A dialog recording a new thing on a register's list (`RegisterList`'s `create.Dialog`): for the union picked,
 * closed by `onClose`; `onDone` with the new record's id opens its page.
 */
export type NewRecordDialogProps = DialogProps<{ orgId?: number }, [id: number]>;

/**
 * The union a `NewRecordDialog` records its new thing for: at first the one its list shows (`orgId`), null until one
 * is picked, and its required `field` (`id`, `label`, the picker's `testId`) to stand among the dialog's fields.
 */
export function useUnionPick(orgId: number | undefined, at: { id: string; label: string; testId?: string }) {
  const [union, setUnion] = useState<number | null>(orgId ?? null);
  const field = (
    <Field id={at.id} label={at.label} required>
      <OrgSelect value={union} onChange={setUnion} testId={at.testId} />
    </Field>
  );
  return { union, field };
}

/** What a `FormDialog` is declared with. */
export interface FormDialogProps {
  open?: boolean;
  title: ReactNode;
  width?: number;
  okText?: string;
  cancelText?: string;
  /** The OK button's test id. */
  okTestId?: string;
  /** More of the OK button (kept off until the form is filled: `lockedUntilFilled`). */
  okProps?: ModalProps['okButtonProps'];
  onClose: () => void;
  submit: () => Promise<string | undefined>;
  /** Forget what was typed when the dialog closes (a dialog kept mounted and opened again). */
  destroyOnHidden?: boolean;
  /** After the dialog has closed (its closing animation done). */
  afterClose?: () => void;
  /** The dialog's form: a refusal naming one of its fields is said under that field instead of toasted. */
  form?: FormInstance;
  children: ReactNode;
}

/**
 * A form in a dialog (issue 46), the mould a dialog that records or edits one thing is declared with: the title,
 * the fields as children and `submit`, which checks and saves and answers the words to toast (or nothing, when
 * there is nothing to say or a check of its own stopped it). The OK button spins while it saves; what the server
 * refused is said under the field of `form` it names, else toasted, in the current language, and the dialog stays
 * open with what was typed. A typed number or amount that is not a value (NumberInput, YuanInput) stops the save
 * before `submit`, and the form's own checks are shown beside it.
 */
export function FormDialog({
  open = true,
  title,
  width,
  okText,
  cancelText,
  okTestId,
  okProps,
  onClose,
  submit,
  destroyOnHidden,
  afterClose,
  form,
  children,
}: FormDialogProps) {
  const feedback = useFeedback();
  const [busy, setBusy] = useState(false);
  const invalid = useInvalidFields();
  const save = async () => {
    if (invalid.blocked()) {
      form?.validateFields().catch(() => undefined);
      return;
    }
    setBusy(true);
    try {
      const done = await submit();
      if (done) feedback.success(done);
    } catch (err) {
      if (!isFieldErrors(err) && !(form && showAtField(form, err))) feedback.error(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      open={open}
      title={title}
      width={width}
      onCancel={onClose}
      onOk={save}
      okText={okText}
      cancelText={cancelText}
      confirmLoading={busy}
      okButtonProps={{ ...okProps, ...(okTestId ? { 'data-testid': okTestId } : {}) } as never}
      destroyOnHidden={destroyOnHidden}
      afterClose={afterClose}
    >
      <ValidityScope fields={invalid}>{children}</ValidityScope>
    </Modal>
  );
}

/** What a `FieldsDialog` is declared with: a `FormDialog`'s, the form whose fields it shows, and how it submits. */
export type FieldsDialogProps<V> = Omit<FormDialogProps, 'submit' | 'form'> &
  Pick<FormProps<V>, 'initialValues' | 'onValuesChange' | 'preserve'> & {
    form: FormInstance<V>;
    submit: (v: V) => Promise<string | undefined>;
    /** The form's test id. */
    testId?: string;
  };

/**
 * A `FormDialog` whose fields are an antd form (`form`), laid out as a dialog's form is (labels above, what was
 * typed forgotten when it closes): `submit` gets the values once the fields' own checks have passed. A dialog the
 * page keeps mounted may keep what was typed while it is shut (`destroyOnHidden={false}`), and a form whose fields
 * come and go may keep what a hidden field held (`preserve`, antd's: on by default, off here).
 */
export function FieldsDialog<V>({
  form,
  initialValues,
  onValuesChange,
  preserve = false,
  destroyOnHidden = true,
  testId,
  submit,
  children,
  ...dialog
}: FieldsDialogProps<V>) {
  return (
    <FormDialog
      {...dialog}
      form={form}
      destroyOnHidden={destroyOnHidden}
      submit={async () => submit(await form.validateFields())}
    >
      <Form<V>
        form={form}
        layout="vertical"
        preserve={preserve}
        className="modal-form"
        initialValues={initialValues}
        onValuesChange={onValuesChange}
        data-testid={testId}
      >
        {children}
      </Form>
    </FormDialog>
  );
}

/**
 * A register's new-record dialog (`NewRecordDialogProps`) whose thing is recorded for a union picked in it: the
 * union's required field first (`useUnionPick`, `union` its `id`, `label` and the picker's `testId`), then the
 * dialog's own fields. Once a union is picked and the fields pass, `create(v, union)` records it, `onDone` opens
 * the new record and `done` is toasted; without a union nothing is sent.
 */
export function NewRecordDialog<V>({
  orgId,
  onDone,
  union: at,
  create,
  done,
  children,
  ...dialog
}: NewRecordDialogProps &
  Omit<FieldsDialogProps<V>, 'submit'> & {
    union: { id: string; label: string; testId?: string };
    create: (v: V, union: number) => Promise<{ id: number }>;
    done: string;
  }) {
  const { union, field } = useUnionPick(orgId, at);
  const submit = async (v: V) => {
    if (!union) return undefined;
    const { id } = await create(v, union);
    onDone(id);
    return done;
  };
  return (
    <FieldsDialog<V> {...dialog} submit={submit}>
      {field}
      {children}
    </FieldsDialog>
  );
}
