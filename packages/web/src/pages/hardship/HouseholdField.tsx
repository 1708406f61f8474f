import { Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormRows } from '../../components/FormRows.tsx';
import { optionsOf } from '../../components/options.ts';
import { YuanInput } from '../../components/YuanInput.tsx';
import { RELATIONS } from './hardship-api.ts';

/** A household member as the form holds it: the yearly income in fen, empty meaning none. */
export interface HouseholdRow {
  id?: number;
  name: string;
  relation: (typeof RELATIONS)[number];
  idNumber?: string;
  incomeFen?: number | null;
  occupation?: string;
  health?: string;
}

/** A household row as the API takes it (words trimmed, an empty one null, no income 0). */
export function householdMember(m: HouseholdRow) {
  return {
    ...(m.id ? { id: m.id } : {}),
    name: m.name,
    relation: m.relation,
    idNumber: m.idNumber?.trim() || null,
    yearlyIncomeFen: m.incomeFen ?? 0,
    occupation: m.occupation?.trim() || null,
    health: m.health?.trim() || null,
  };
}

/** The widths of a row's inputs: name, relation, ID number, income, occupation, health. */
const WIDTHS = { page: [120, 100, 200, 200, 130, 160], dialog: [110, 90, 190, 190, 110, 140] } as const;

/**
 * The household of a hardship file, a row a member (name, relation, ID number, yearly income, occupation,
 * health), as the form list `members`: on the page that opens a file and in the dialog that corrects one.
 */
export function HouseholdField({
  fit,
  rowTestId,
  incomeTestId,
  addTestId,
  newRelation,
}: {
  fit: keyof typeof WIDTHS;
  rowTestId: string;
  incomeTestId: string;
  addTestId?: string;
  /** The relation a row added starts at. */
  newRelation: HouseholdRow['relation'];
}) {
  const { t } = useTranslation();
  const [name, relation, idNumber, income, occupation, health] = WIDTHS[fit];
  return (
    <FormRows
      name="members"
      addLabel={t('hs.create.addMember')}
      addTestId={addTestId}
      newRow={() => ({ name: '', relation: newRelation, incomeFen: 0 })}
      removeLabel={t('hs.create.removeMember')}
      rowLayout={{ wrap: true, align: 'start', testId: rowTestId }}
      row={(f) => (
        <>
          <Form.Item
            name={[f.name, 'name']}
            noStyle
            rules={[{ required: true, message: t('hs.create.needName') }]}
          >
            <Input placeholder={t('hs.member.name')} style={{ width: name }} maxLength={50} />
          </Form.Item>
          <Form.Item name={[f.name, 'relation']} noStyle>
            <Select
              style={{ width: relation }}
              options={optionsOf(RELATIONS, (r) => t(`hs.relation.${r}`))}
            />
          </Form.Item>
          <Form.Item name={[f.name, 'idNumber']} noStyle>
            <Input placeholder={t('hs.member.idNumber')} style={{ width: idNumber }} maxLength={18} />
          </Form.Item>
          <Form.Item name={[f.name, 'incomeFen']} noStyle>
            <YuanInput
              emptyMeans={t('hs.member.income')}
              suffix={t('hs.member.perYear')}
              style={{ width: income }}
              testId={incomeTestId}
            />
          </Form.Item>
          <Form.Item name={[f.name, 'occupation']} noStyle>
            <Input placeholder={t('hs.member.occupation')} style={{ width: occupation }} maxLength={100} />
          </Form.Item>
          <Form.Item name={[f.name, 'health']} noStyle>
            <Input placeholder={t('hs.member.health')} style={{ width: health }} maxLength={200} />
          </Form.Item>
        </>
      )}
    />
  );
}
