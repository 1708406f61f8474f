import { Form } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormEditDialog } from '../../components/EditDialog.tsx';
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
  const [form] = Form.useForm<Values>();
  const f = detail.file;
  return (
    <FormEditDialog<Values>
      form={form}
      formTestId="hardship-edit-form"
      testId="hardship-edit"
      okTestId="hardship-edit-ok"
      title={t('hs.edit.title')}
      width={1080}
      start={() => ({
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
      })}
      save={async (v) => {
        return hardshipApi.edit(f.id, {
          address: v.address?.trim() || null,
          causes: v.causes,
          note: v.note?.trim() || null,
          members: (v.members ?? []).map(householdMember),
        });
      }}
      onDone={onDone}
    >
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
    </FormEditDialog>
  );
}
