import { Button, Card, Form, Select } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { api, unwrap } from '../../api/client.ts';
import { useFeedback } from '../../components/feedback.ts';
import { useInvalidFields, ValidityScope } from '../../components/inputValidity.tsx';
import { optionsOf } from '../../components/options.ts';
import { PastDay } from '../../components/PastDay.tsx';
import { PersonSelect } from '../../components/PersonSelect.tsx';
import { RequiredItem } from '../../components/RequiredItem.tsx';
import { useSaving } from '../../components/useBusy.ts';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { FileFields } from './FileFields.tsx';
import { type HouseholdRow, householdMember } from './HouseholdField.tsx';
import { type CreateFile, hardshipApi, LEVELS } from './hardship-api.ts';

type MemberRow = HouseholdRow;

interface Values {
  personId: number;
  level: CreateFile['level'];
  causes: CreateFile['causes'];
  address?: string;
  note?: string;
  members: MemberRow[];
}

/** Staff: open a hardship file for a member of my subtree and their household (a draft until verified). */
export default function HardshipCreatePage() {
  const { t } = useTranslation();
  usePageTitle(t('hs.create.title'));
  const navigate = useNavigate();
  const feedback = useFeedback();
  const [form] = Form.useForm<Values>();
  const { busy, run: whileBusy } = useSaving();
  // The day the file was opened when it is brought in after the fact (补录); null: today.
  const [openedOn, setOpenedOn] = useState<string | null>(null);
  const invalid = useInvalidFields();

  // 本人 starts as the chosen worker: the household's first row takes their name unless the clerk typed another.
  const prefilled = useRef('');
  const prefillSelf = async (personId: number) => {
    try {
      const person = await unwrap(api.GET('/api/members/{id}', { params: { path: { id: personId } } }));
      const members = form.getFieldValue('members') as MemberRow[];
      const self = members.findIndex((m) => m.relation === 'self');
      if (self < 0) {
        form.setFieldValue('members', [{ name: person.name, relation: 'self', incomeFen: 0 }, ...members]);
      } else if (!members[self].name || members[self].name === prefilled.current) {
        form.setFieldValue(['members', self, 'name'], person.name);
      }
      prefilled.current = person.name;
    } catch (err) {
      feedback.error(err);
    }
  };

  const submit = async (v: Values) => {
    if (invalid.blocked()) return;
    await whileBusy(async () => {
      const file = await hardshipApi.create({
        personId: v.personId,
        level: v.level,
        causes: v.causes,
        address: v.address?.trim() || null,
        note: v.note?.trim() || null,
        members: (v.members ?? []).map(householdMember),
        ...(openedOn ? { effectiveOn: openedOn } : {}),
      });
      feedback.success(t('hs.create.done'));
      navigate(`/hardship/${file.id}`);
    });
  };

  return (
    <Card title={t('hs.create.title')}>
      <ValidityScope fields={invalid}>
        <Form<Values>
          form={form}
          layout="vertical"
          onFinish={submit}
          onValuesChange={(changed: Partial<Values>) => {
            if (changed.personId) void prefillSelf(changed.personId);
          }}
          initialValues={{ members: [{ name: '', relation: 'self', incomeFen: 0 }] }}
          style={{ maxWidth: 960 }}
          data-testid="hardship-form"
        >
          <div className="form-grid-2">
            <RequiredItem name="personId" label={t('hs.field.worker')} message={t('hs.create.needWorker')}>
              <PersonSelect value={undefined} onChange={() => {}} known={[]} testId="hardship-person" />
            </RequiredItem>
            <RequiredItem name="level" label={t('hs.field.level')} message={t('hs.create.needLevel')}>
              <Select options={optionsOf(LEVELS, (l) => t(`hs.level.${l}`))} data-testid="hardship-level" />
            </RequiredItem>
          </div>
          <FileFields
            household={{
              fit: 'page',
              rowTestId: 'hardship-member-row',
              incomeTestId: 'hardship-member-income',
              addTestId: 'hardship-add-member',
              newRelation: 'spouse',
            }}
            noteRows={3}
            causesTestId="hardship-causes"
          />
          <Form.Item>
            <PastDay value={openedOn} onChange={setOpenedOn} testId="hardship-opened-day" />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={busy} data-testid="hardship-submit">
            {t('hs.create.submit')}
          </Button>
        </Form>
      </ValidityScope>
    </Card>
  );
}
