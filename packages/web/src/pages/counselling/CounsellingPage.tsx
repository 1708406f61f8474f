import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Form, Select, Switch, Table, Tabs, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../auth/session.tsx';
import { CappedNotice } from '../../components/CappedNotice.tsx';
import { useFeedback } from '../../components/feedback.ts';
import { formatCount } from '../../components/format.ts';
import { ListImport } from '../../components/ListImport.tsx';
import { emptyText } from '../../components/LoadError.tsx';
import { OrgSelect } from '../../components/OrgSelect.tsx';
import { useHomeOrgId } from '../../components/useHomeOrg.ts';
import { useListParams } from '../../components/useListParams.ts';
import { useLoad } from '../../components/useLoad.ts';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { Bookings } from './CounsellingPage.bookings.tsx';
import { AddCounsellorModal, TrainingModal } from './CounsellingPage.dialogs.tsx';
import { type Counsellor, counsellingApi } from './counselling-api.ts';

/** Staff: the union's counsellors and trained volunteers, and the bookings of its members (never the notes). */
export default function CounsellingPage() {
  const { t } = useTranslation();
  usePageTitle(t('csl.nav'));
  const [params, set] = useListParams();
  const home = useHomeOrgId();
  const orgId = params.get('orgId') ? Number(params.get('orgId')) : (home ?? undefined);
  const tab = params.get('tab') ?? 'register';
  return (
    <Card
      title={t('csl.nav')}
      extra={<OrgSelect value={orgId ?? null} onChange={(v) => set('orgId', v ? String(v) : undefined)} />}
    >
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

function Register({ orgId }: { orgId?: number }) {
  const { t } = useTranslation();
  const { can } = useSession();
  const feedback = useFeedback();
  const list = useLoad(() => counsellingApi.counsellors({ orgId }), [orgId]);
  const [adding, setAdding] = useState(false);
  const [training, setTraining] = useState<Counsellor | null>(null);
  const [kind, setKind] = useState<'counsellor' | 'volunteer' | 'all'>('all');
  const [_form] = Form.useForm();
  const [_trainingForm] = Form.useForm();
  const rows = (list.data?.items ?? []).filter((c) => kind === 'all' || c.kind === kind);
  const hours = rows.reduce((n, c) => n + c.trainingHours, 0);
  const manage = can('counselling.manage');
  return (
    <Flex vertical gap={12}>
      <Flex gap={8} align="center" wrap>
        <Select
          style={{ width: 180 }}
          value={kind}
          onChange={setKind}
          options={[
            { value: 'all', label: `${t('csl.kind.counsellor')} / ${t('csl.kind.volunteer')}` },
            { value: 'counsellor', label: t('csl.kind.counsellor') },
            { value: 'volunteer', label: t('csl.kind.volunteer') },
          ]}
          data-testid="csl-kind-filter"
        />
        {list.data && (
          <Typography.Text type="secondary" data-testid="csl-register-total">
            {t('csl.register.total', { count: formatCount(rows.length) as never, hours: formatCount(hours) })}
          </Typography.Text>
        )}
        <ListImport register="counselling-sessions" onClosed={list.reload} />
        {manage && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setAdding(true)}
            data-testid="csl-add"
          >
            {t('csl.register.add')}
          </Button>
        )}
      </Flex>
      <CappedNotice list={list.data} />
      <Table
        rowKey="id"
        size="small"
        loading={!list.data && !list.error}
        dataSource={rows}
        locale={{ emptyText: emptyText(list, t('csl.register.empty'), t('csl.what.register')) }}
        pagination={{ pageSize: 20, showSizeChanger: false }}
        data-testid="csl-register"
        columns={[
          { title: t('csl.field.name'), dataIndex: 'name' },
          {
            title: t('csl.field.kind'),
            dataIndex: 'kind',
            render: (k: Counsellor['kind']) => t(`csl.kind.${k}`),
          },
          { title: t('csl.field.union'), dataIndex: 'orgName' },
          { title: t('csl.field.qualification'), dataIndex: 'qualification' },
          {
            title: t('csl.field.trainingHours'),
            dataIndex: 'trainingHours',
            align: 'right',
            render: formatCount,
          },
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
                      list.reload();
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
      />
      <AddCounsellorModal
        open={adding}
        orgId={orgId}
        onClose={() => setAdding(false)}
        onDone={() => {
          setAdding(false);
          list.reload();
        }}
      />
      <TrainingModal
        counsellor={training}
        onClose={() => setTraining(null)}
        onDone={() => {
          setTraining(null);
          list.reload();
        }}
      />
    </Flex>
  );
}
