import { Button, Form } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormDialog } from '../../components/FormDialog.tsx';
import { useInvalidFields, ValidityScope } from '../../components/inputValidity.tsx';
import { FileFields } from './FileFields.tsx';
import { type HouseholdRow, householdMember } from './HouseholdField.tsx';
import { type EditFile, type HardshipDetail, hardshipApi } from './hardship-api.ts';

interface Values {
  address?: string;
  causes: EditFile['causes'];
  note?: string;
  members: HouseholdRow[];
}

/**
 * Staff: correct an open file — address, causes, note and the household with its incomes. A member's ID number
 * shows masked; left as shown it stays as on file. Every change lands in the file's history.
 */
export function FileEditModal({ detail, onDone }: { detail: HardshipDetail; onDone: () => Promise<void> }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const invalid = useInvalidFields();
  const [form] = Form.useForm<Values>();
  const f = detail.file;
  const start = () => {
    form.setFieldsValue({
      address: f.address ?? '',
      causes: f.causes,
      note: f.note ?? '',
      members: detail.members.map((m) => ({
        id: m.id,
        name: m.name,
        relation: m.relation,
        idNumber: m.idMasked ?? '',
        incomeFen: m.yearlyIncomeFen,
        occupation: m.occupation ?? '',
        health: m.health ?? '',
      })),
    });
    setOpen(true);
  };
  const submit = async () => {
    const v = await form.validateFields();
    if (invalid.blocked()) return undefined;
    await hardshipApi.edit(f.id, {
      address: v.address?.trim() || null,
      causes: v.causes,
      note: v.note?.trim() || null,
      members: (v.members ?? []).map(householdMember),
    });
    setOpen(false);
    await onDone();
    return t('edits.saved');
  };
  return (
    <>
      <Button onClick={start} data-testid="hardship-edit">
        {t('common.edit')}
      </Button>
      <FormDialog
        open={open}
        title={t('hs.edit.title')}
        width={1080}
        onClose={() => setOpen(false)}
        submit={submit}
        okText={t('common.save')}
        okTestId="hardship-edit-ok"
        destroyOnHidden
      >
        <ValidityScope fields={invalid}>
          <Form<Values> form={form} layout="vertical" data-testid="hardship-edit-form">
            <FileFields
              household={{
                fit: 'dialog',
                rowTestId: 'hardship-edit-member',
                incomeTestId: 'hardship-edit-income',
                newRelation: 'other',
              }}
              membersHint={t('hs.edit.idHint')}
              noteRows={2}
              addressTestId="hardship-edit-address"
            />
          </Form>
        </ValidityScope>
      </FormDialog>
    </>
  );
}
