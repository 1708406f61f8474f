import { Button, Card, Descriptions, Flex, Popconfirm, Space, Tag, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../../auth/session.tsx';
import { DetailPage } from '../../../components/DetailPage.tsx';
import { LoadState } from '../../../components/LoadError.tsx';
import { Money } from '../../../components/labels.tsx';
import { PastDay } from '../../../components/PastDay.tsx';
import { ReasonDialog } from '../../../components/ReasonDialog.tsx';
import { RecordPage } from '../../../components/RecordPage.tsx';
import { useSaving } from '../../../components/useBusy.ts';
import { useLoad } from '../../../components/useLoad.ts';
import { ClaimCard, CloseCard, MilestonesCard, TeamCard } from './ProblemTeamCards.tsx';
import { type ProblemDetail, problemsApi, STATUS_COLOR } from './problems-api.ts';

/** Staff: one problem — check and publish, suggested studios, claim, milestones, close. */
export default function ProblemDetailPage() {
  const { t } = useTranslation();
  return (
    <RecordPage
      load={problemsApi.get}
      what={t('ip.what.problem')}
      title={(p) => p.title}
      untitled={t('ip.list.title')}
    >
      {(p, { reload }) => <ProblemView p={p} reload={reload} />}
    </RecordPage>
  );
}

function ProblemView({ p, reload }: { p: ProblemDetail; reload: () => Promise<void> }) {
  const { t } = useTranslation();
  const canWrite = useSession().can('innovation.write');
  const canAct = p.canReview || p.team.some((m) => m.mine);
  const leadIsMine = p.team.some((m) => m.role === 'lead' && m.mine);
  return (
    <DetailPage
      title={p.title}
      titleTestId="problem-heading"
      status={
        <Tag color={STATUS_COLOR[p.status]} data-testid="problem-status">
          {t(`ip.status.${p.status}`)}
        </Tag>
      }
      back={{ to: '/innovation/problems', label: t('ip.detail.back') }}
      actions={p.canReview && p.status === 'submitted' && <ReviewActions p={p} reload={reload} />}
      facts={problemFacts(t, p)}
    >
      {p.status !== 'rejected' && <MatchesCard id={p.id} />}
      {p.status === 'published' && canWrite && <ClaimCard problemId={p.id} onDone={reload} />}
      {(p.status === 'claimed' || p.status === 'closed') && <TeamCard team={p.team} />}
      {(p.status === 'claimed' || p.status === 'closed') && (
        <MilestonesCard
          problemId={p.id}
          milestones={p.milestones}
          canAdd={p.status === 'claimed' && canAct}
          onDone={reload}
        />
      )}
      {p.status === 'claimed' && (p.canReview || leadIsMine) && (
        <CloseCard problemId={p.id} title={p.title} onDone={reload} />
      )}
      {p.status === 'closed' && p.achievementId && (
        <Card>
          <Typography.Text type="success" data-testid="problem-achievement">
            {t('ip.detail.achievement', { id: p.achievementId })}
          </Typography.Text>
        </Card>
      )}
    </DetailPage>
  );
}

/** The days of its steps the problem has had, in their order. */
const DAYS = ['publishedOn', 'rejectedOn', 'claimedOn', 'closedOn'] as const;

/** The reviewer's 发布 and 不予发布 of a problem waiting for its check. */
function ReviewActions({ p, reload }: { p: ProblemDetail; reload: () => Promise<void> }) {
  const { t } = useTranslation();
  const { busy, run: whileBusy } = useSaving();
  const [rejecting, setRejecting] = useState(false);
  const [pastDay, setPastDay] = useState<string | null>(null);
  return (
    <Space>
      <Popconfirm
        title={t('ip.detail.publish')}
        description={<PastDay value={pastDay} onChange={setPastDay} testId="problem-publish-day" />}
        onConfirm={() =>
          whileBusy(async () => {
            await problemsApi.publish(p.id, pastDay);
            return t('ip.detail.published');
          }, reload)
        }
        okButtonProps={{ 'data-testid': 'problem-publish-ok' } as never}
      >
        <Button type="primary" loading={busy} data-testid="problem-publish">
          {t('ip.detail.publish')}
        </Button>
      </Popconfirm>
      <Button danger onClick={() => setRejecting(true)} data-testid="problem-reject">
        {t('ip.detail.reject')}
      </Button>
      <ReasonDialog
        open={rejecting}
        title={t('ip.detail.rejectTitle')}
        hint={t('ip.detail.rejectReason')}
        okText={t('ip.detail.reject')}
        danger
        dayTestId="problem-reject-day"
        onClose={() => setRejecting(false)}
        submit={async (reason, day) => {
          await problemsApi.reject(p.id, reason, day);
          setRejecting(false);
          await reload();
          return t('ip.detail.rejected');
        }}
      />
    </Space>
  );
}

/** What the problem says and the days of its steps, as the head card's `Descriptions.Item`s. */
function problemFacts(t: TFunction, p: ProblemDetail) {
  // the items themselves, not a component of them: Descriptions reads its children's props
  return (
    <>
      <Descriptions.Item label={t('ip.field.poster')}>{p.poster}</Descriptions.Item>
      <Descriptions.Item label={t('ip.field.org')}>{p.orgName}</Descriptions.Item>
      {!!p.contactName && (
        <Descriptions.Item label={t('ip.public.contact')} span={2}>
          {p.contactName} {p.contactPhone} <Tag>{t('ip.public.from')}</Tag>
        </Descriptions.Item>
      )}
      <Descriptions.Item label={t('ip.field.industry')}>{p.industry ?? '—'}</Descriptions.Item>
      <Descriptions.Item label={t('ip.field.region')}>{p.region ?? '—'}</Descriptions.Item>
      <Descriptions.Item label={t('ip.field.funding')}>
        <Money fen={p.fundingFen} />
      </Descriptions.Item>
      <Descriptions.Item label={t('ip.field.deadline')}>{p.deadline ?? '—'}</Descriptions.Item>
      <Descriptions.Item label={t('ip.field.description')} span={2}>
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>
          {p.description}
        </Typography.Paragraph>
      </Descriptions.Item>
      {DAYS.filter((d) => p[d]).map((d) => (
        <Descriptions.Item key={d} label={t(`ip.field.${d}`)}>
          {p[d]}
        </Descriptions.Item>
      ))}
      {!!p.reviewNote && (
        <Descriptions.Item label={t('ip.detail.reviewNote')} span={2}>
          {p.reviewNote}
        </Descriptions.Item>
      )}
      {!!p.outcome && (
        <Descriptions.Item label={t('ip.detail.outcome')} span={2}>
          {p.outcome}
        </Descriptions.Item>
      )}
    </>
  );
}

function MatchesCard({ id }: { id: number }) {
  const { t } = useTranslation();
  const matches = useLoad(() => problemsApi.matches(id), [id]);
  return (
    <Card title={t('ip.match.title')} data-testid="problem-matches">
      <Typography.Paragraph type="secondary">{t('ip.match.hint')}</Typography.Paragraph>
      {!matches.data || matches.error ? (
        <LoadState state={matches} what={t('ip.what.matches')} compact />
      ) : matches.data.items.length === 0 ? (
        <Typography.Text type="secondary">{t('ip.match.empty')}</Typography.Text>
      ) : (
        <Space direction="vertical" style={{ width: '100%' }}>
          {matches.data.items.map((m, i) => (
            <Flex key={m.studioId} gap={8} align="baseline" wrap data-testid="problem-match">
              <Typography.Text strong>
                {i + 1}. {m.name}
              </Typography.Text>
              <Typography.Text type="secondary">
                {m.unionName} · {t('ip.match.achievements', { count: m.achievements })}
              </Typography.Text>
              {m.words.map((w) => (
                <Tag key={w} color="blue">
                  {w}
                </Tag>
              ))}
            </Flex>
          ))}
        </Space>
      )}
    </Card>
  );
}
