import { EditOutlined, EyeOutlined, IdcardOutlined, StopOutlined, SwapOutlined } from '@ant-design/icons';
import {
  Breadcrumb,
  Button,
  Card,
  Col,
  Descriptions,
  Row,
  Skeleton,
  Space,
  Table,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { api, unwrap } from '../../api/client.ts';
import type { Membership } from '../../api/types.ts';
import { useSession } from '../../auth/session.tsx';
import { useFeedback } from '../../components/feedback.ts';
import { LoadError } from '../../components/LoadError.tsx';
import { useLoad } from '../../components/useLoad.ts';
import { useNarrow } from '../../components/useNarrow.ts';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { AttributesForm, attributesOf } from './AttributesForm.tsx';
import { AttributeTags } from './AttributeTags.tsx';
import { BasicEditModal, EndMembershipModal, TransferModal } from './MemberDialogs.tsx';

const STATUS_COLORS: Record<Membership['status'], string> = {
  active: 'green',
  transferred: 'blue',
  left: 'default',
};

/** One member: masked ID with an audited reveal, attributes, membership history and transfer. */
export default function MemberDetailPage() {
  const { t } = useTranslation();
  const narrow = useNarrow();
  const { can } = useSession();
  const feedback = useFeedback();
  const id = Number(useParams().id);
  const person = useLoad(() => unwrap(api.GET('/api/members/{id}', { params: { path: { id } } })), [id]);
  const [fullId, setFullId] = useState<string | null>(null);
  const [accounts, setAccounts] = useState<{ bankAccount: string | null; jingka: string | null } | null>(
    null,
  );
  usePageTitle(person.data?.name);
  const [revealing, setRevealing] = useState(false);
  const [dialog, setDialog] = useState<'edit' | 'transfer' | 'end' | null>(null);

  if (person.error)
    return <LoadError error={person.error} retry={person.reload} what={t('load.what.member')} />;
  const p = person.data;
  if (!p || p.id !== id)
    return (
      <Card>
        <Skeleton active />
      </Card>
    );
  const writable = can('people.write');

  const revealAccounts = async () => {
    setRevealing(true);
    try {
      const r = await unwrap(api.POST('/api/members/{id}/reveal-accounts', { params: { path: { id } } }));
      setAccounts(r);
      feedback.success(t('member.revealed'));
    } catch (err) {
      feedback.error(err);
    } finally {
      setRevealing(false);
    }
  };

  const reveal = async () => {
    setRevealing(true);
    try {
      const r = await unwrap(api.POST('/api/members/{id}/reveal-id', { params: { path: { id } } }));
      setFullId(r.idNumber);
      feedback.success(t('member.revealed'));
    } catch (err) {
      feedback.error(err);
    } finally {
      setRevealing(false);
    }
  };

  return (
    <div className="page" data-testid="member-detail">
      <Breadcrumb
        className="page-crumbs"
        items={[{ title: <Link to="/members">{t('member.listTitle')}</Link> }, { title: p.name }]}
      />
      <div className="page-head">
        <Space wrap align="center">
          <Typography.Title level={3} className="page-title" style={{ margin: 0 }} data-testid="member-name">
            {p.name}
          </Typography.Title>
          <AttributeTags person={p} empty="" />
        </Space>
        <Space wrap>
          {p.orgId && (
            <Button
              icon={<IdcardOutlined />}
              href={`/api/members/${p.id}/card.pdf`}
              target="_blank"
              data-testid="member-card-pdf"
            >
              {t('card.print')}
            </Button>
          )}
          {writable && (
            <Button icon={<EditOutlined />} onClick={() => setDialog('edit')} data-testid="member-edit">
              {t('common.edit')}
            </Button>
          )}
          {writable && (
            <Button
              icon={<SwapOutlined />}
              onClick={() => setDialog('transfer')}
              data-testid="member-transfer"
              disabled={!p.orgId}
            >
              {t('member.transfer')}
            </Button>
          )}
          {writable && (
            <Button
              danger
              icon={<StopOutlined />}
              onClick={() => setDialog('end')}
              data-testid="member-end"
              disabled={!p.orgId}
            >
              {t('member.end')}
            </Button>
          )}
        </Space>
      </div>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={14}>
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
                  {!fullId && can('people.reveal_id') && (
                    <Tooltip title={t('member.revealed')}>
                      <Button
                        size="small"
                        icon={<EyeOutlined />}
                        loading={revealing}
                        onClick={reveal}
                        data-testid="reveal-id"
                      >
                        {t('member.revealId')}
                      </Button>
                    </Tooltip>
                  )}
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
                  <Tooltip title={t('member.revealed')}>
                    <Button
                      size="small"
                      icon={<EyeOutlined />}
                      loading={revealing}
                      onClick={revealAccounts}
                      data-testid="reveal-accounts"
                    >
                      {t('member.revealAccounts')}
                    </Button>
                  </Tooltip>
                </Descriptions.Item>
              )}
              <Descriptions.Item label={t('member.org')} span={2}>
                {p.orgId ? <Link to={`/orgs/${p.orgId}`}>{p.orgName}</Link> : '—'}
              </Descriptions.Item>
              <Descriptions.Item label={t('member.joinedOn')}>{p.joinedOn ?? '—'}</Descriptions.Item>
            </Descriptions>
          </Card>
        </Col>
        <Col xs={24} xl={10}>
          <Card title={t('member.attributes')}>
            <AttributesForm
              key={`${p.id}-${JSON.stringify(attributesOf(p))}`}
              value={attributesOf(p)}
              hardshipFileId={p.hardshipFileId}
              onSave={
                writable
                  ? async (v) => {
                      try {
                        const saved = await unwrap(
                          api.PATCH('/api/members/{id}', { params: { path: { id } }, body: v }),
                        );
                        person.set({ ...p, ...saved });
                        feedback.success(t('common.saved'));
                      } catch (err) {
                        feedback.error(err);
                      }
                    }
                  : undefined
              }
            />
          </Card>
        </Col>
        <Col span={24}>
          <Card title={t('member.history')}>
            <Table<Membership>
              rowKey="id"
              size="middle"
              pagination={false}
              dataSource={p.memberships}
              scroll={{ x: 640 }}
              data-testid="membership-history"
              columns={[
                {
                  title: t('member.org'),
                  dataIndex: 'orgName',
                  render: (n: string, r) => <Link to={`/orgs/${r.orgId}`}>{n}</Link>,
                },
                { title: t('member.joinedOn'), dataIndex: 'joinedOn', width: 130 },
                {
                  title: t('member.leftOn'),
                  dataIndex: 'leftOn',
                  width: 130,
                  render: (d: string | null) => d ?? '—',
                },
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
          </Card>
        </Col>
      </Row>
      {dialog === 'edit' && (
        <BasicEditModal
          person={p}
          onClose={() => setDialog(null)}
          onDone={() => {
            setDialog(null);
            void person.reload();
          }}
        />
      )}
      {dialog === 'end' && (
        <EndMembershipModal
          person={p}
          onClose={() => setDialog(null)}
          onDone={(next) => {
            setDialog(null);
            person.set(next);
          }}
        />
      )}
      {dialog === 'transfer' && (
        <TransferModal
          person={p}
          onClose={() => setDialog(null)}
          onDone={(next) => {
            setDialog(null);
            person.set(next);
          }}
        />
      )}
    </div>
  );
}
