import { PlusOutlined } from '@ant-design/icons';
import { Button, Empty, Flex, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { aside } from '../../components/aside.ts';
import { labelColumn, linkColumn } from '../../components/columns.tsx';
import { PagedTable, WholeTable } from '../../components/TableCard.tsx';
import type { Dialog } from './CongressPage.dialogs.tsx';
import type { CongressDetail, Delegate } from './congresses-api.ts';

/** What a tab of a congress's page is given: the congress, whether the user manages it, opening a dialog. */
interface CongressTabProps {
  c: CongressDetail;
  manage: boolean;
  setDialog: (d: Dialog) => void;
}

/** The term's delegates, by delegation, with who replaced whom; managers add delegations, elect and replace. */
export function RosterTab({ c, manage, setDialog }: CongressTabProps) {
  const { t } = useTranslation();
  const names = new Map(c.delegates.map((d) => [d.id, d.name]));
  const delegationName = new Map(c.delegations.map((g) => [g.id, g.name]));
  return (
    <Flex vertical gap={12}>
      {manage && (
        <Space wrap>
          <Button icon={<PlusOutlined />} onClick={() => setDialog({ kind: 'delegation' })}>
            {t('cong.detail.addDelegation')}
          </Button>
          {c.delegations.map((g) => (
            <Button
              key={g.id}
              onClick={() => setDialog({ kind: 'elect', delegationId: g.id })}
              data-testid={`cong-elect-${g.id}`}
            >
              {t('cong.detail.elect')}
              {t('common.colon')}
              {g.name}
            </Button>
          ))}
        </Space>
      )}
      <PagedTable<Delegate>
        pageSize={50}
        dataSource={c.delegates}
        locale={{ emptyText: <Empty description={t('cong.detail.noDelegates')} /> }}
        data-testid="cong-roster"
        columns={[
          { title: t('cong.field.person'), dataIndex: 'name' },
          {
            title: t('cong.field.delegation'),
            dataIndex: 'delegationId',
            render: (g: number) => delegationName.get(g),
          },
          { title: t('cong.field.union'), dataIndex: 'orgName' },
          labelColumn(t('cong.field.category'), 'category', (k) => t(`cong.category.${k}`)),
          {
            title: t('cong.field.female'),
            dataIndex: 'isFemale',
            render: (f: boolean) => (f ? t('cong.field.female') : ''),
          },
          { title: t('cong.field.electedOn'), dataIndex: 'electedOn' },
          {
            title: t('cong.field.status'),
            key: 'status',
            render: (_, d) =>
              d.endedOn ? (
                <Typography.Text type="secondary">
                  {t('cong.detail.ended')} {d.endedOn}
                  {aside(d.endReason)}
                  {d.replacedBy ? ` → ${names.get(d.replacedBy) ?? ''}` : ''}
                </Typography.Text>
              ) : (
                <Space>
                  <Tag color="green">{t('cong.detail.seated')}</Tag>
                  {d.replaces && (
                    <Typography.Text type="secondary">
                      {t('cong.field.replaces')} {names.get(d.replaces)}
                    </Typography.Text>
                  )}
                </Space>
              ),
          },
          {
            key: 'act',
            render: (_, d) =>
              manage && !d.endedOn ? (
                <Button size="small" onClick={() => setDialog({ kind: 'replace', delegate: d })}>
                  {t('cong.detail.replace')}
                </Button>
              ) : null,
          },
        ]}
      />
    </Flex>
  );
}

/** The term's sessions; managers add one. */
export function SessionsTab({ c, manage, setDialog }: CongressTabProps) {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={12}>
      {manage && (
        <Button
          icon={<PlusOutlined />}
          style={{ alignSelf: 'flex-start' }}
          onClick={() => setDialog({ kind: 'session' })}
        >
          {t('cong.detail.addSession')}
        </Button>
      )}
      <WholeTable
        dataSource={c.sessions}
        locale={{ emptyText: <Empty description={t('cong.detail.noSessions')} /> }}
        data-testid="cong-sessions"
        columns={[
          linkColumn(t('cong.field.title'), 'title', (s: { id: number }) => `/congresses/sessions/${s.id}`),
          { title: t('cong.field.heldOn'), dataIndex: 'heldOn' },
          {
            title: t('cong.field.window'),
            key: 'window',
            render: (_, s) => `${s.proposalsFrom} — ${s.proposalsUntil}`,
          },
          { title: t('cong.field.present'), dataIndex: 'present', align: 'right' },
        ]}
      />
    </Flex>
  );
}
