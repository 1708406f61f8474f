import { GiftOutlined, ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Flex, Progress, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, pickedDay, unwrap } from '../../api/client.ts';
import type { Answer } from '../../api/types.ts';
import { useSession } from '../../auth/session.tsx';
import { DayConfirm } from '../../components/DayDialog.tsx';
import { formatTime } from '../../components/dates.ts';
import { FigureNotes } from '../../components/FigureNotes.tsx';
import { useFeedback } from '../../components/feedback.ts';
import { LoadState } from '../../components/LoadError.tsx';
import { WholeTable } from '../../components/TableCard.tsx';
import { useLoad } from '../../components/useLoad.ts';

type ClaimStats = Answer<'/api/claims/{programId}/stats'>;

/**
 * Staff: the figures of a flash-claim program (granted, left, sell-out time; claimed, collected and still to
 * collect by union) and the lottery draw.
 */
export function ClaimsPanel({
  programId,
  closed,
  inKind,
}: {
  programId: number;
  closed: boolean;
  /** Stock in kind is collected with pickup codes: show collected and still to collect. */
  inKind: boolean;
}) {
  const { t } = useTranslation();
  const { can } = useSession();
  const feedback = useFeedback();
  const loaded = useLoad(
    () => unwrap(api.GET('/api/claims/{programId}/stats', { params: { path: { programId } } })),
    [programId],
  );
  const stats = loaded.data;
  const load = loaded.reload;
  const draw = async (drawOn: string | null) => {
    try {
      await unwrap(
        api.POST('/api/claims/{programId}/draw', {
          params: { path: { programId } },
          body: pickedDay(drawOn),
        }),
      );
      feedback.success(t('prog.claims.drawn'));
      await load();
    } catch (err) {
      feedback.error(err);
    }
  };

  if (!stats || loaded.error)
    return (
      <Card size="small" title={t('prog.claims.title')}>
        <LoadState state={loaded} what={t('prog.claims.title')} compact />
      </Card>
    );
  const windowOver = stats.claimEndsAt !== null && new Date(stats.claimEndsAt).getTime() <= Date.now();
  const taken = stats.lottery ? stats.entries : stats.granted;
  return (
    <Card
      size="small"
      title={t('prog.claims.title')}
      extra={
        <Button
          size="small"
          type="text"
          icon={<ReloadOutlined />}
          onClick={load}
          aria-label={t('common.refresh')}
        />
      }
      data-testid="claims-panel"
    >
      <Flex vertical gap={8}>
        {stats.stock !== null && (
          <Progress
            percent={Math.min(100, Math.round((stats.granted * 100) / Math.max(1, stats.stock)))}
            aria-label={`${t('prog.claims.granted')} ${stats.granted} / ${t('prog.claims.stock')} ${stats.stock}`}
          />
        )}
        <Descriptions
          size="small"
          column={1}
          items={[
            { key: 's', label: t('prog.claims.stock'), children: stats.stock ?? t('prog.unlimited') },
            { key: 'g', label: t('prog.claims.granted'), children: stats.granted },
            { key: 'l', label: t('prog.claims.left'), children: stats.left ?? '—' },
            ...(inKind
              ? [
                  { key: 'r', label: t('prog.claims.redeemed'), children: stats.redeemed },
                  { key: 'u', label: t('prog.claims.unredeemed'), children: stats.granted - stats.redeemed },
                ]
              : []),
            ...(stats.lottery
              ? [{ key: 'e', label: t('prog.claims.entries'), children: stats.entries }]
              : []),
            ...(stats.soldOutAt
              ? [
                  {
                    key: 'o',
                    label: t('prog.claims.soldOutAt'),
                    children: `${formatTime(stats.soldOutAt)}${stats.sellOutMs != null ? ` (${t('prog.claims.sellOut', { s: (stats.sellOutMs / 1000).toFixed(1) })})` : ''}`,
                  },
                ]
              : []),
          ]}
        />
        {stats.byUnion.length > 0 && (
          <WholeTable
            rowKey="orgId"
            dataSource={stats.byUnion}
            columns={[
              { title: t('prog.sim.union'), dataIndex: 'name' },
              ...(stats.lottery
                ? [{ title: t('prog.claims.entries'), dataIndex: 'entries', align: 'right' as const }]
                : []),
              { title: t('prog.claims.granted'), dataIndex: 'granted', align: 'right' },
              ...(inKind
                ? [
                    { title: t('prog.claims.redeemed'), dataIndex: 'redeemed', align: 'right' as const },
                    {
                      title: t('prog.claims.unredeemed'),
                      key: 'unredeemed',
                      align: 'right' as const,
                      render: (_: unknown, u: ClaimStats['byUnion'][number]) => u.granted - u.redeemed,
                    },
                  ]
                : []),
            ]}
          />
        )}
        {stats.lottery &&
          (stats.draw ? (
            <Alert
              type="success"
              showIcon
              title={t('prog.claims.drawResult', {
                winners: stats.draw.winners,
                entries: stats.draw.entries,
              })}
              description={
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t('prog.claims.drawProof', {
                    seed: stats.draw.seed,
                    digest: stats.draw.entriesDigest.slice(0, 16),
                  })}
                </Typography.Text>
              }
            />
          ) : (
            can('claims.manage') && (
              <DayConfirm
                title={t('prog.claims.drawConfirm', { entries: taken })}
                dayTestId="claims-draw-day"
                onConfirm={draw}
              >
                <Button icon={<GiftOutlined />} disabled={!windowOver && !closed} data-testid="claims-draw">
                  {t('prog.claims.draw')}
                </Button>
              </DayConfirm>
            )
          ))}
        {stats.lottery && !stats.draw && !windowOver && !closed && (
          <Typography.Text type="secondary">{t('prog.claims.drawAfter')}</Typography.Text>
        )}
        <FigureNotes notes={stats.notes} />
      </Flex>
    </Card>
  );
}
