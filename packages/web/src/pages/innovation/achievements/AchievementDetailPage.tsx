import { Button, Card, Descriptions, Popconfirm, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useSession } from '../../../auth/session.tsx';
import { aside } from '../../../components/aside.ts';
import { DayDialog } from '../../../components/DayDialog.tsx';
import { DetailPage } from '../../../components/DetailPage.tsx';
import { formatTime } from '../../../components/dates.ts';
import { useFeedback } from '../../../components/feedback.ts';
import { LoadGate } from '../../../components/LoadError.tsx';
import { Money } from '../../../components/labels.tsx';
import { dayWithEntry } from '../../../components/PastDay.tsx';
import { useRecord } from '../../../components/RecordPage.tsx';
import { FitTable } from '../../../components/TableCard.tsx';
import { usePageTitle } from '../../../components/usePageTitle.ts';
import { AttachmentsCard, ConversionModal } from './AchievementDetailPage.parts.tsx';
import { type Achievement, achievementsApi } from './achievements-api.ts';
import { PublishedTag } from './labels.tsx';

/** Staff: one achievement, its team, patent and conversions; publish it, record a conversion. */
export default function AchievementDetailPage() {
  const { t } = useTranslation();
  const state = useRecord(achievementsApi.get);
  return (
    <LoadGate state={state} what={t('ach.list.title')}>
      {(a) => <Detail a={a} onChange={state.set} />}
    </LoadGate>
  );
}

function Detail({ a, onChange }: { a: Achievement; onChange: (a: Achievement) => void }) {
  const { t } = useTranslation();
  usePageTitle(a.title);
  const feedback = useFeedback();
  // editing, publishing, attaching and conversions are innovation.write's: a reviewer reads the achievement
  const writable = useSession().can('innovation.write');
  const [busy, setBusy] = useState(false);
  const [converting, setConverting] = useState(false);
  const [publishing, setPublishing] = useState(false);

  const act = async (run: () => Promise<Achievement>, done: string) => {
    setBusy(true);
    try {
      onChange(await run());
      feedback.success(done);
      return true;
    } catch (err) {
      feedback.error(err);
      return false;
    } finally {
      setBusy(false);
    }
  };
  const publish = async (day: string | null) => {
    const ok = await act(() => achievementsApi.publish(a.id, day ?? undefined), t('ach.detail.published'));
    if (ok) setPublishing(false);
  };

  return (
    <DetailPage
      title={a.title}
      titleTestId="achievement-heading"
      status={<PublishedTag publishedAt={a.publishedAt} />}
      back={{ to: '/innovation/achievements', label: t('ach.detail.back') }}
      actions={
        <>
          {writable && (
            <Link to={`/innovation/achievements/${a.id}/edit`}>
              <Button>{t('ach.detail.edit')}</Button>
            </Link>
          )}
          {a.publishedAt && (
            <a href={`/catalogue/${a.id}`} target="_blank" rel="noreferrer">
              <Button>{t('ach.detail.publicPage')}</Button>
            </a>
          )}
          {writable &&
            (a.publishedAt ? (
              <Popconfirm
                title={t('ach.detail.unpublishConfirm')}
                onConfirm={() => act(() => achievementsApi.unpublish(a.id), t('ach.detail.unpublished'))}
              >
                <Button danger loading={busy}>
                  {t('ach.detail.unpublish')}
                </Button>
              </Popconfirm>
            ) : (
              <Button
                type="primary"
                loading={busy}
                onClick={() => setPublishing(true)}
                data-testid="achievement-publish"
              >
                {t('ach.detail.publish')}
              </Button>
            ))}
        </>
      }
      facts={
        <>
          <Descriptions.Item label={t('ach.field.type')}>{t(`ach.type.${a.type}`)}</Descriptions.Item>
          <Descriptions.Item label={t('ach.field.stage')}>{t(`ach.stage.${a.stage}`)}</Descriptions.Item>
          <Descriptions.Item label={t('ach.field.studio')}>{a.studioName ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('ach.field.union')}>{a.orgName}</Descriptions.Item>
          <Descriptions.Item label={t('ach.field.year')}>{a.year}</Descriptions.Item>
          <Descriptions.Item label={t('ach.field.industry')}>{a.industry ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('ach.field.team')} span={2}>
            {a.team.map((m) => `${m.position}. ${m.name}`).join(t('common.listSep')) || '—'}
          </Descriptions.Item>
          <Descriptions.Item label={t('ach.field.patent')} span={2}>
            {a.patent
              ? `${t(`ach.patentType.${a.patent.type}`)} ${a.patent.number}${aside(a.patent.grantedOn)}`
              : '—'}
          </Descriptions.Item>
          <Descriptions.Item label={t('ach.detail.publishedAt')} span={2}>
            {a.publishedAt
              ? ((a.publishedOn &&
                  a.publishedRecordedAt &&
                  dayWithEntry(t, a.publishedOn, a.publishedRecordedAt)) ??
                formatTime(a.publishedAt))
              : '—'}
          </Descriptions.Item>
          <Descriptions.Item label={t('ach.field.abstract')} span={2}>
            {a.abstract}
          </Descriptions.Item>
          {!!a.body && (
            <Descriptions.Item label={t('ach.field.body')} span={2}>
              <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>
                {a.body}
              </Typography.Paragraph>
            </Descriptions.Item>
          )}
        </>
      }
    >
      <AttachmentsCard a={a} busy={busy} act={act} writable={writable} />
      <Card
        title={t('ach.field.conversions')}
        extra={
          writable && <Button onClick={() => setConverting(true)}>{t('ach.detail.addConversion')}</Button>
        }
      >
        <FitTable
          rowKey="id"
          pagination={false}
          dataSource={a.conversionList}
          locale={{ emptyText: t('ach.detail.noConversions') }}
          columns={[
            { title: t('ach.field.partner'), dataIndex: 'partner' },
            {
              title: t('ach.field.convertedOn'),
              dataIndex: 'convertedOn',
              render: (v: string, c) => dayWithEntry(t, v, c.recordedAt) ?? v,
            },
            { title: t('ach.field.value'), dataIndex: 'valueFen', render: (v: number) => <Money fen={v} /> },
          ]}
        />
      </Card>
      <ConversionModal a={a} open={converting} busy={busy} act={act} onClose={() => setConverting(false)} />
      <DayDialog
        open={publishing}
        title={t('ach.detail.publish')}
        text={t('ach.detail.publishConfirm')}
        okText={t('ach.detail.publish')}
        busy={busy}
        okTestId="achievement-publish-ok"
        dayTestId="publish-day"
        onCancel={() => setPublishing(false)}
        onOk={publish}
      />
    </DetailPage>
  );
}
