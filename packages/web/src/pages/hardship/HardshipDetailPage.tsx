import { Button, Card, Descriptions, Flex, Space, Tag, Timeline } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { useSession } from '../../auth/session.tsx';
import { fenColumn, labelColumn, textColumn } from '../../components/columns.tsx';
import { DetailPage } from '../../components/DetailPage.tsx';
import { EditHistory, type EditWords } from '../../components/EditHistory.tsx';
import { useFeedback } from '../../components/feedback.ts';
import { formatFen } from '../../components/format.ts';
import { LoadState } from '../../components/LoadError.tsx';
import { listSeparator } from '../../components/listSeparator.ts';
import { dayWithEntry } from '../../components/PastDay.tsx';
import { WholeTable } from '../../components/TableCard.tsx';
import { useLoad } from '../../components/useLoad.ts';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { FileActions } from './FileActions.tsx';
import { FileEditModal } from './FileEditModal.tsx';
import { HistoryTable } from './HistoryTable.tsx';
import { type HardshipDetail, hardshipApi } from './hardship-api.ts';
import { FileStatusTag } from './labels.tsx';

type Member = HardshipDetail['members'][number];

/** Staff: one household's file — level and causes, household and income, verifications, and what was done for it. */
export default function HardshipDetailPage() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const { can } = useSession();
  const feedback = useFeedback();
  const detail = useLoad(() => hardshipApi.get(id), [id]);
  const [revealed, setRevealed] = useState<Record<number, string>>({});
  usePageTitle(
    detail.data ? t('hs.detail.title', { name: detail.data.file.personName }) : t('hs.list.title'),
  );
  if (!detail.data) return <LoadState state={detail} what={t('hs.detail.what')} />;
  const { file: f, members, events, history, edits, canRevealIds } = detail.data;
  const words: EditWords = {
    label: (field) => (field === 'incomeFen' ? t('hs.field.income') : t(`hs.field.${field}`)),
    show: (field, value) => {
      if (field === 'incomeFen') return formatFen(value as number);
      if (field === 'causes') return (value as string[]).map((c) => t(`hs.cause.${c}`)).join(listSeparator());
      if (field === 'members') {
        return (value as Member[])
          .map((m) =>
            t('hs.edit.member', {
              name: m.name,
              relation: t(`hs.relation.${m.relation}`),
              income: formatFen(m.yearlyIncomeFen),
            }),
          )
          .join(t('common.clauseSep'));
      }
      return String(value);
    },
  };
  const reveal = async (m: Member) => {
    try {
      const r = await hardshipApi.revealId(f.id, m.id);
      if (r.idNumber) setRevealed((x) => ({ ...x, [m.id]: r.idNumber as string }));
    } catch (err) {
      feedback.error(err);
    }
  };
  const perCapitaMonth = members.length ? Math.round(f.incomeFen / members.length / 12) : 0;

  return (
    <DetailPage
      title={t('hs.detail.title', { name: f.personName })}
      titleTestId="hardship-title"
      status={<FileStatusTag status={f.status} />}
      back={{ to: '/hardship', label: t('hs.detail.back') }}
      actions={
        <>
          {can('hardship.write') && f.status !== 'closed' && (
            <FileEditModal detail={detail.data} onDone={detail.reload} />
          )}
          {can('hardship.write') && <FileActions file={f} onDone={detail.reload} />}
        </>
      }
      factsTestId="hardship-facts"
      facts={
        <>
          <Descriptions.Item label={t('hs.field.worker')}>
            <Link to={`/members/${f.personId}`}>{f.personName}</Link>
          </Descriptions.Item>
          <Descriptions.Item label={t('hs.field.union')}>{f.orgName}</Descriptions.Item>
          <Descriptions.Item label={t('hs.field.level')}>{t(`hs.level.${f.level}`)}</Descriptions.Item>
          <Descriptions.Item label={t('hs.field.causes')}>
            {f.causes.map((c) => (
              <Tag key={c}>{t(`hs.cause.${c}`)}</Tag>
            ))}
          </Descriptions.Item>
          <Descriptions.Item label={t('hs.field.verified')}>
            {f.verifiedOn && f.verifierName
              ? t('hs.detail.verifiedBy', { date: f.verifiedOn, name: f.verifierName })
              : (f.verifiedOn ?? '—')}
          </Descriptions.Item>
          <Descriptions.Item label={t('hs.field.expiresOn')}>
            <span data-testid="hardship-expires">{f.expiresOn ?? '—'}</span>
            {f.status === 'expired' && (
              <Tag color="orange" style={{ marginLeft: 8 }}>
                {t('hs.detail.expiredHint')}
              </Tag>
            )}
          </Descriptions.Item>
          <Descriptions.Item label={t('hs.field.income')}>
            {t('hs.detail.income', { total: formatFen(f.incomeFen), perCapita: formatFen(perCapitaMonth) })}
          </Descriptions.Item>
          <Descriptions.Item label={t('hs.field.address')}>{f.address ?? '—'}</Descriptions.Item>
          {f.note && (
            <Descriptions.Item label={t('hs.field.note')} span={2}>
              <span data-testid="hardship-note">{f.note}</span>
            </Descriptions.Item>
          )}
          {f.closedOn && (
            <Descriptions.Item label={t('hs.field.closeReason')} span={2}>
              {`${f.closedOn}${t('common.colon')}${f.closeReason ?? ''}`}
            </Descriptions.Item>
          )}
        </>
      }
    >
      <Card title={t('hs.field.members')}>
        <WholeTable<Member>
          dataSource={members}
          locale={{ emptyText: t('hs.detail.noMembers') }}
          data-testid="hardship-members"
          columns={[
            { title: t('hs.member.name'), dataIndex: 'name' },
            labelColumn(t('hs.member.relation'), 'relation', (r) => t(`hs.relation.${r}`)),
            {
              title: t('hs.member.idNumber'),
              key: 'id',
              render: (_, m) =>
                m.idMasked ? (
                  <Space>
                    <span data-testid="hardship-member-id">{revealed[m.id] ?? m.idMasked}</span>
                    {canRevealIds && !revealed[m.id] && (
                      <Button size="small" type="link" onClick={() => reveal(m)}>
                        {t('hs.detail.reveal')}
                      </Button>
                    )}
                  </Space>
                ) : (
                  '—'
                ),
            },
            fenColumn(t('hs.member.income'), 'yearlyIncomeFen'),
            textColumn(t('hs.member.occupation'), 'occupation'),
            { title: t('hs.member.health'), dataIndex: 'health', render: (s: string | null) => s ?? '—' },
          ]}
        />
      </Card>
      <Flex gap={16} wrap>
        <Card title={t('hs.detail.events')} style={{ flex: '1 1 320px' }}>
          <Timeline
            items={events.map((e) => ({
              key: e.id,
              children: (
                <>
                  <div>
                    {dayWithEntry(t, e.onDate, e.enteredAt) ?? e.onDate} {t(`hs.event.${e.kind}`)} ·{' '}
                    {e.byName ?? '—'}
                  </div>
                  {e.level && (
                    <div className="muted">
                      {t(`hs.level.${e.level}`)}
                      {e.expiresOn && ` · ${t('hs.detail.until', { date: e.expiresOn })}`}
                    </div>
                  )}
                  {e.note && <div className="muted">{e.note}</div>}
                </>
              ),
            }))}
          />
        </Card>
        <Card title={t('edits.title')} style={{ flex: '1 1 320px' }}>
          <EditHistory edits={edits} words={words} testId="hardship-edits" />
        </Card>
        <Card title={t('hs.detail.history')} style={{ flex: '1 1 100%' }}>
          <HistoryTable history={history} />
        </Card>
      </Flex>
    </DetailPage>
  );
}
