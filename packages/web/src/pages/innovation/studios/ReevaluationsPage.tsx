import { Card, Form, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { REEVALUATED_LEVELS as LEVELS } from '../../../../../server/src/modules/innovation/innovation.vocabulary.ts';
import { useSession } from '../../../auth/session.tsx';
import { labelColumn, linkColumn } from '../../../components/columns.tsx';
import { DateField } from '../../../components/DateField.tsx';
import { thisYear } from '../../../components/dates.ts';
import { Field } from '../../../components/Field.tsx';
import { FormDialog } from '../../../components/FormDialog.tsx';
import { emptyText } from '../../../components/LoadError.tsx';
import { NewButton } from '../../../components/NewButton.tsx';
import { NumberInput } from '../../../components/NumberInput.tsx';
import { OrgSelect } from '../../../components/OrgSelect.tsx';
import { optionsOf } from '../../../components/options.ts';
import { FitTable } from '../../../components/TableCard.tsx';
import { useLoad } from '../../../components/useLoad.ts';
import { usePageTitle } from '../../../components/usePageTitle.ts';
import { LevelTag } from './studio-labels.tsx';
import { type Reevaluation, studiosApi } from './studios-api.ts';

/** Annual re-evaluations of my subtree and above it; open a new one. */
export default function ReevaluationsPage() {
  const { t } = useTranslation();
  usePageTitle(t('stu.reev.title'));
  const { can, me } = useSession();
  const navigate = useNavigate();
  const list = useLoad(() => studiosApi.reevaluations(), []);
  const year = thisYear();
  const [creating, setCreating] = useState(false);
  const [orgId, setOrgId] = useState<number | null>(me?.orgId ?? null);
  const [form, setForm] = useState({
    year: year - 1,
    level: 'district' as (typeof LEVELS)[number],
    dueOn: `${year}-03-31` as string | null,
  });

  const create = async () => {
    if (!orgId || !form.dueOn) return undefined;
    const { id } = await studiosApi.createReevaluation({
      orgId,
      year: form.year,
      level: form.level,
      dueOn: form.dueOn,
    });
    navigate(`/innovation/reevaluations/${id}`);
    return t('stu.reev.created');
  };

  return (
    <Card
      title={t('stu.reev.title')}
      extra={
        can('innovation.review') && (
          <NewButton onClick={() => setCreating(true)} testId="reev-create">
            {t('stu.reev.create')}
          </NewButton>
        )
      }
    >
      <FitTable<Reevaluation>
        rowKey="id"
        loading={list.loading}
        dataSource={list.data?.items ?? []}
        pagination={false}
        locale={{ emptyText: emptyText(list, t('stu.reev.empty'), t('stu.reev.what')) }}
        columns={[
          linkColumn(t('stu.reev.year'), 'year', (e) => `/innovation/reevaluations/${e.id}`),
          labelColumn(t('stu.reev.level'), 'level', (l: Reevaluation['level']) => <LevelTag level={l} />),
          { title: t('stu.reev.org'), dataIndex: 'orgName' },
          { title: t('stu.reev.dueOn'), dataIndex: 'dueOn' },
          { title: t('stu.reev.filed'), dataIndex: 'filed', align: 'right' },
          { title: t('stu.reev.decided'), dataIndex: 'decided', align: 'right' },
        ]}
      />
      {creating && (
        <FormDialog
          title={t('stu.reev.createTitle')}
          onClose={() => setCreating(false)}
          submit={create}
          okText={t('common.create')}
          cancelText={t('common.cancel')}
          okProps={{ disabled: !orgId || !form.dueOn }}
        >
          <Form layout="vertical">
            <Field id="studio-reevaluation-org" label={t('stu.reev.org')} required>
              <OrgSelect value={orgId} onChange={(v) => setOrgId(v)} />
            </Field>
            <Field id="studio-reevaluation-year" label={t('stu.reev.year')} required>
              <NumberInput
                min={2000}
                max={2100}
                value={form.year}
                onChange={(v) => v !== null && setForm({ ...form, year: v })}
              />
            </Field>
            <Field id="studio-reevaluation-level" label={t('stu.reev.level')} required>
              <Select
                value={form.level}
                onChange={(level) => setForm({ ...form, level })}
                options={optionsOf(LEVELS, (l) => t(`stu.level.${l}`))}
              />
            </Field>
            <Field id="studio-reevaluation-due-on" label={t('stu.reev.dueOn')} required>
              <DateField value={form.dueOn} onChange={(dueOn) => setForm({ ...form, dueOn })} />
            </Field>
          </Form>
        </FormDialog>
      )}
    </Card>
  );
}
