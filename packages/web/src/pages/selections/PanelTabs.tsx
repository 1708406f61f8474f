import { PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Form, Input, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldsDialog } from '../../components/FormDialog.tsx';
import { LoadGate } from '../../components/LoadError.tsx';
import { RequiredItem } from '../../components/RequiredItem.tsx';
import { WholeTable } from '../../components/TableCard.tsx';
import { TextItem } from '../../components/TextItem.tsx';
import { useLoad } from '../../components/useLoad.ts';
import { FormOrg } from './form-controls.tsx';
import { points, type Ranking, type SelectionDetail, selectionsApi } from './selections-api.ts';

/** The panel: judges with their own union (whose nominees they never see), and a new judge account. */
export function JudgesTab({ s, onChange }: { s: SelectionDetail; onChange: () => Promise<void> }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<{
    displayName: string;
    username: string;
    password: string;
    orgId?: number | null;
  }>();
  const canAdd = s.status === 'nominating' || s.status === 'judging';
  const submit = async (v: {
    displayName: string;
    username: string;
    password: string;
    orgId?: number | null;
  }) => {
    await selectionsApi.addJudge(s.id, { ...v, orgId: v.orgId ?? null });
    setOpen(false);
    await onChange();
    return t('sel.judges.added');
  };
  return (
    <>
      <Flex justify="space-between" style={{ marginBottom: 12 }}>
        <Typography.Text type="secondary">{t('sel.judges.hint')}</Typography.Text>
        {canAdd && (
          <Button icon={<PlusOutlined />} onClick={() => setOpen(true)} data-testid="sel-add-judge">
            {t('sel.judges.add')}
          </Button>
        )}
      </Flex>
      <WholeTable
        dataSource={s.judges}
        locale={{ emptyText: t('sel.judges.empty') }}
        columns={[
          { title: t('sel.field.name'), dataIndex: 'displayName' },
          {
            title: t('sel.judges.org'),
            dataIndex: 'orgName',
            render: (v: string | null) => v ?? <Tag>{t('sel.judges.outside')}</Tag>,
          },
        ]}
      />
      <FieldsDialog
        form={form}
        open={open}
        title={t('sel.judges.add')}
        onClose={() => setOpen(false)}
        submit={submit}
        okTestId="sel-judge-ok"
      >
        <TextItem name="displayName" label={t('sel.field.name')} max={50} required testId="sel-judge-name" />
        <Form.Item
          name="username"
          label={t('sel.judges.username')}
          rules={[
            { required: true, pattern: /^[A-Za-z0-9_.-]{3,64}$/, message: t('sel.judges.usernameRule') },
          ]}
        >
          <Input maxLength={64} data-testid="sel-judge-username" />
        </Form.Item>
        <RequiredItem name="password" label={t('sel.judges.password')} extra={t('sel.judges.passwordHint')}>
          <Input.Password maxLength={200} data-testid="sel-judge-password" />
        </RequiredItem>
        <Form.Item name="orgId" label={t('sel.judges.org')} extra={t('sel.judges.orgHint')}>
          <FormOrg allowClear testId="sel-judge-org" />
        </Form.Item>
      </FieldsDialog>
    </>
  );
}

/** The ranking as the scores stand, per category within its places. */
export function RankingTab({ s }: { s: SelectionDetail }) {
  const { t } = useTranslation();
  const state = useLoad(() => selectionsApi.ranking(s.id), [s.id, s.status]);
  return (
    <LoadGate state={state} what={t('sel.tab.ranking')}>
      {(r: Ranking) => (
        <>
          <Typography.Paragraph type="secondary">
            {t('sel.ranking.hint', { judges: r.judges })}
          </Typography.Paragraph>
          {r.categories.map((c) => (
            <WholeTable
              key={c.id}
              style={{ marginBottom: 16 }}
              title={() => t('sel.ranking.category', { name: c.name, places: c.places, title: c.title })}
              dataSource={c.nominations}
              data-testid="sel-ranking"
              columns={[
                { title: t('sel.field.rank'), dataIndex: 'rank', width: 70 },
                { title: t('sel.field.name'), dataIndex: 'personName' },
                { title: t('sel.field.workUnit'), dataIndex: 'unit' },
                { title: t('sel.field.score'), dataIndex: 'score', render: (v: number | null) => points(v) },
                { title: t('sel.ranking.tie'), dataIndex: 'tie', render: (v: number | null) => points(v) },
                {
                  title: t('sel.ranking.scored'),
                  render: (_, n) => `${n.judgesScored} / ${n.judgesDue}`,
                },
                {
                  title: t('sel.field.status'),
                  render: (_, n) =>
                    n.status === 'revoked' ? (
                      <Tag color="red">{t('sel.nominationStatus.revoked')}</Tag>
                    ) : n.selected ? (
                      <Tag color="green">{t('sel.ranking.within')}</Tag>
                    ) : (
                      <Tag>{t('sel.ranking.outside')}</Tag>
                    ),
                },
              ]}
            />
          ))}
        </>
      )}
    </LoadGate>
  );
}
