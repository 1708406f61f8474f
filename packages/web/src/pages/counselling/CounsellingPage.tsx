import { Button, Card, Switch, Tabs, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../auth/session.tsx';
import { countColumn, labelColumn } from '../../components/columns.tsx';
import { heldDialog } from '../../components/FormDialog.tsx';
import { useFeedback } from '../../components/feedback.ts';
import { formatCount } from '../../components/format.ts';
import { ListImport } from '../../components/ListImport.tsx';
import { OrgSelect } from '../../components/OrgSelect.tsx';
import { RegisterList } from '../../components/RegisterList.tsx';
import { useUnionParams } from '../../components/useListParams.ts';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { Bookings } from './CounsellingPage.bookings.tsx';
import { AddCounsellorModal, TrainingModal } from './CounsellingPage.dialogs.tsx';
import { type Counsellor, counsellingApi } from './counselling-api.ts';

/** Staff: the union's counsellors and trained volunteers, and the bookings of its members (never the notes). */
export default function CounsellingPage() {
  const { t } = useTranslation();
  usePageTitle(t('csl.nav'));
  const { params, set, orgId, pickUnion } = useUnionParams();
  const tab = params.get('tab') ?? 'register';
  return (
    <Card title={t('csl.nav')} extra={<OrgSelect value={orgId ?? null} onChange={pickUnion} />}>
      <Tabs
        activeKey={tab}
        onChange={(k) => set('tab', k)}
        items={[
          { key: 'register', label: t('csl.register.title'), children: <Register orgId={orgId} /> },
          { key: 'bookings', label: t('csl.bookings.title'), children: <Bookings orgId={orgId} /> },
        ]}
      />
    </Card>
  );
}

/** The union's counsellors and trained volunteers, of one kind or both, with their training hours. */
function Register({ orgId }: { orgId?: number }) {
  const { t } = useTranslation();
  const { can } = useSession();
  const feedback = useFeedback();
  const [training, setTraining] = useState<Counsellor | null>(null);
  const manage = can('counselling.manage');
  return (
    <RegisterList<Counsellor>
      within
      testId="csl"
      paging="client"
      deps={[orgId]}
      filters={[
        {
          kind: 'select',
          param: 'kind',
          all: 'all',
          width: 240,
          options: [
            { value: 'all', label: `${t('csl.kind.counsellor')} / ${t('csl.kind.volunteer')}` },
            { value: 'counsellor', label: t('csl.kind.counsellor') },
            { value: 'volunteer', label: t('csl.kind.volunteer') },
          ],
          testId: 'csl-kind-filter',
        },
      ]}
      // one kind is picked from the whole capped register: the notice still counts what the cap left out
      load={async ({ values }) => {
        const all = await counsellingApi.counsellors({ orgId });
        const items = all.items.filter((c) => !values.kind || c.kind === values.kind);
        return { items, total: all.total - all.items.length + items.length };
      }}
      tally={(list) =>
        list.data && (
          <Typography.Text type="secondary" data-testid="csl-register-total">
            {t('csl.register.total', {
              count: formatCount(list.data.items.length) as never,
              hours: formatCount(list.data.items.reduce((n, c) => n + c.trainingHours, 0)),
            })}
          </Typography.Text>
        )
      }
      actions={(list) => <ListImport register="counselling-sessions" onClosed={list.reload} />}
      create={{
        permission: 'counselling.manage',
        label: t('csl.register.add'),
        testId: 'csl-add',
        dialog: (_, close, reload) => (
          <AddCounsellorModal open orgId={orgId} {...heldDialog(close, reload)} />
        ),
      }}
      empty={t('csl.register.empty')}
      what={t('csl.what.register')}
      tableTestId="csl-register"
      columns={({ reload }) => [
        { title: t('csl.field.name'), dataIndex: 'name' },
        labelColumn(t('csl.field.kind'), 'kind', (k) => t(`csl.kind.${k}`)),
        { title: t('csl.field.union'), dataIndex: 'orgName' },
        { title: t('csl.field.qualification'), dataIndex: 'qualification' },
        countColumn(t('csl.field.trainingHours'), 'trainingHours'),
        {
          title: t('csl.field.certificates'),
          dataIndex: 'certificates',
          render: (c: string[]) => [...new Set(c)].map((x) => <Tag key={x}>{x}</Tag>),
        },
        { title: t('csl.field.joinedOn'), dataIndex: 'joinedOn' },
        {
          title: t('csl.field.onDuty'),
          key: 'duty',
          render: (_: unknown, c: Counsellor) =>
            c.kind === 'counsellor' ? (
              <Switch
                checked={c.onDuty}
                disabled={!manage}
                onChange={async (v) => {
                  try {
                    await counsellingApi.setDuty(c.id, v);
                    reload();
                  } catch (e) {
                    feedback.error(e);
                  }
                }}
                data-testid={`csl-duty-${c.id}`}
              />
            ) : null,
        },
        ...(manage
          ? [
              {
                title: '',
                key: 'act',
                render: (_: unknown, c: Counsellor) => (
                  <Button size="small" onClick={() => setTraining(c)} data-testid={`csl-training-${c.id}`}>
                    {t('csl.register.training')}
                  </Button>
                ),
              },
            ]
          : []),
      ]}
    >
      {(list) => (
        <TrainingModal counsellor={training} {...heldDialog(() => setTraining(null), list.reload)} />
      )}
    </RegisterList>
  );
}
