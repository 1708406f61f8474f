import { EyeOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, Space, Tag, Tooltip } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { api, unwrap } from '../../api/client.ts';
import type { Membership } from '../../api/types.ts';
import { useSession } from '../../auth/session.tsx';
import { linkColumn, textColumn } from '../../components/columns.tsx';
import { useFeedback } from '../../components/feedback.ts';
import { FitTable } from '../../components/TableCard.tsx';
import { useSaving } from '../../components/useBusy.ts';
import { useNarrow } from '../../components/useNarrow.ts';

type Member = Awaited<ReturnType<typeof memberOf>>;
const memberOf = (id: number) => unwrap(api.GET('/api/members/{id}', { params: { path: { id } } }));

const STATUS_COLORS: Record<Membership['status'], string> = {
  active: 'green',
  transferred: 'blue',
  left: 'default',
};

/** The member's particulars: the ID number and accounts masked, each revealed on request (audited). */
export function MemberBasicCard({ p }: { p: Member }) {
  const { t } = useTranslation();
  const narrow = useNarrow();
  const { can } = useSession();
  const feedback = useFeedback();
  const id = p.id;
  const [fullId, setFullId] = useState<string | null>(null);
  const [accounts, setAccounts] = useState<{ bankAccount: string | null; jingka: string | null } | null>(
    null,
  );
  const { busy: revealing, run: whileRevealing } = useSaving();

  /** Shows what the server unmasks (the request is audited) and says it was revealed. */
  const reveal = (unmask: () => Promise<void>) =>
    whileRevealing(async () => {
      await unmask();
      feedback.success(t('member.revealed'));
    });
  const revealButton = (label: string, testId: string, unmask: () => Promise<void>) => (
    <Tooltip title={t('member.revealed')}>
      <Button
        size="small"
        icon={<EyeOutlined />}
        loading={revealing}
        onClick={() => reveal(unmask)}
        data-testid={testId}
      >
        {label}
      </Button>
    </Tooltip>
  );
  const path = { params: { path: { id } } };
  return (
    <Card title={t('member.basic')}>
      <Descriptions
        column={{ xs: 1, md: 2 }}
        layout={narrow ? 'vertical' : 'horizontal'}
        bordered
        size="middle"
      >
        <Descriptions.Item label={t('member.name')}>{p.name}</Descriptions.Item>
        <Descriptions.Item label={t('member.gender')}>{t(`gender.${p.gender}`)}</Descriptions.Item>
        <Descriptions.Item label={t('member.idNumber')} span={2}>
          <Space wrap>
            <span className="mono" data-testid="member-id-number">
              {fullId ?? p.idMasked}
            </span>
            {!fullId &&
              can('people.reveal_id') &&
              revealButton(t('member.revealId'), 'reveal-id', async () => {
                setFullId((await unwrap(api.POST('/api/members/{id}/reveal-id', path))).idNumber);
              })}
          </Space>
        </Descriptions.Item>
        <Descriptions.Item label={t('member.birthDate')}>{p.birthDate}</Descriptions.Item>
        <Descriptions.Item label={t('member.phone')}>{p.phone ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('member.employerName')} span={2}>
          {p.employerName ?? '—'}
        </Descriptions.Item>
        {(['bankAccount', 'jingka'] as const).map((kind) => {
          const masked = kind === 'bankAccount' ? p.bankAccountMasked : p.jingkaMasked;
          return (
            <Descriptions.Item key={kind} label={t(`member.${kind}`)}>
              <span className="mono" data-testid={`member-${kind}`}>
                {(accounts ? accounts[kind] : masked) ?? '—'}
              </span>
            </Descriptions.Item>
          );
        })}
        {!accounts && can('people.reveal_id') && (p.bankAccountMasked || p.jingkaMasked) && (
          <Descriptions.Item label={t('member.accounts')} span={2}>
            {revealButton(t('member.revealAccounts'), 'reveal-accounts', async () => {
              setAccounts(await unwrap(api.POST('/api/members/{id}/reveal-accounts', path)));
            })}
          </Descriptions.Item>
        )}
        <Descriptions.Item label={t('member.org')} span={2}>
          {p.orgId ? <Link to={`/orgs/${p.orgId}`}>{p.orgName}</Link> : '—'}
        </Descriptions.Item>
        <Descriptions.Item label={t('member.joinedOn')}>{p.joinedOn ?? '—'}</Descriptions.Item>
      </Descriptions>
    </Card>
  );
}

/** The member's memberships, union by union, with how each ended. */
export function MembershipHistory({ p }: { p: Member }) {
  const { t } = useTranslation();
  return (
    <FitTable<Membership>
      rowKey="id"
      size="middle"
      pagination={false}
      dataSource={p.memberships}
      scroll={{ x: 640 }}
      data-testid="membership-history"
      columns={[
        linkColumn(t('member.org'), 'orgName', (r) => `/orgs/${r.orgId}`),
        { title: t('member.joinedOn'), dataIndex: 'joinedOn', width: 130 },
        textColumn(t('member.leftOn'), 'leftOn', { width: 130 }),
        {
          title: t('org.status'),
          dataIndex: 'status',
          width: 150,
          render: (s: Membership['status'], r) => (
            <Tag color={STATUS_COLORS[s]}>
              {t(`membershipStatus.${s}`)}
              {r.endReason ? ` · ${t(`endReason.${r.endReason}`)}` : ''}
            </Tag>
          ),
        },
        { title: t('member.note'), dataIndex: 'note', render: (n: string | null) => n ?? '' },
      ]}
    />
  );
}
