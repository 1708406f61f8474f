import { Button, Card, Empty, Flex, List, Popconfirm, Select, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { aside } from '../../components/aside.ts';
import { useFeedback } from '../../components/feedback.ts';
import { useInvalidFields, ValidityScope } from '../../components/inputValidity.tsx';
import { LoadGate } from '../../components/LoadError.tsx';
import { listSeparator } from '../../components/listSeparator.ts';
import { NumberInput } from '../../components/NumberInput.tsx';
import { useSaving } from '../../components/useBusy.ts';
import { useLoad } from '../../components/useLoad.ts';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { type Panel, points, STATUS_COLOR, selectionsApi } from './selections-api.ts';

/**
 * A judge's page: the panels they sit on and, for one, the nominations they may score (never one of their
 * own union) with the weighted rubric. Scores are final once submitted.
 */
export default function JudgingPage() {
  const { t } = useTranslation();
  usePageTitle(t('sel.judging.title'));
  const panels = useLoad(() => selectionsApi.panels(), []);
  const [current, setCurrent] = useState<number | null>(null);
  useEffect(() => {
    if (current === null && panels.data?.items[0]) setCurrent(panels.data.items[0].id);
  }, [panels.data, current]);
  return (
    <Card title={t('sel.judging.title')}>
      <LoadGate state={panels} what={t('sel.judging.title')}>
        {(p) =>
          p.items.length === 0 ? (
            <Empty description={t('sel.judging.none')} />
          ) : (
            <>
              <Flex gap={8} align="center" style={{ marginBottom: 16 }}>
                <Select
                  style={{ minWidth: 320 }}
                  value={current ?? undefined}
                  onChange={setCurrent}
                  options={p.items.map((i) => ({
                    value: i.id,
                    label: `${i.edition}${aside(t('sel.judging.progress', { done: i.scored, left: i.toScore }))}`,
                  }))}
                  data-testid="judging-panel"
                />
              </Flex>
              {current !== null && <PanelView id={current} onScored={panels.reload} />}
            </>
          )
        }
      </LoadGate>
    </Card>
  );
}

function PanelView({ id, onScored }: { id: number; onScored: () => Promise<void> }) {
  const { t } = useTranslation();
  const state = useLoad(() => selectionsApi.panel(id), [id]);
  return (
    <LoadGate state={state} what={t('sel.judging.title')}>
      {(panel) => (
        <>
          <Flex gap={8} align="center" style={{ marginBottom: 8 }}>
            <Typography.Title level={5} style={{ margin: 0 }}>
              {panel.edition}
            </Typography.Title>
            <Tag color={STATUS_COLOR[panel.status]}>{t(`sel.status.${panel.status}`)}</Tag>
            <Typography.Text type="secondary">{panel.organiserName}</Typography.Text>
          </Flex>
          <Typography.Paragraph type="secondary">
            {t('sel.judging.rubric')}
            {panel.criteria
              .map((c) => `${c.name}${aside(`${t('sel.field.weight')} ${c.weight}`)}`)
              .join(listSeparator())}
            {t('sel.judging.recusal')}
          </Typography.Paragraph>
          <List
            dataSource={panel.nominations}
            locale={{ emptyText: t('sel.judging.empty') }}
            renderItem={(n) => (
              <List.Item key={n.id} data-testid="judging-nominee">
                <ScoreCard
                  panel={panel}
                  n={n}
                  onDone={async () => Promise.all([state.reload(), onScored()]).then(() => {})}
                />
              </List.Item>
            )}
          />
        </>
      )}
    </LoadGate>
  );
}

function ScoreCard({
  panel,
  n,
  onDone,
}: {
  panel: Panel;
  n: Panel['nominations'][number];
  onDone: () => Promise<void>;
}) {
  const { t } = useTranslation();
  const feedback = useFeedback();
  const [scores, setScores] = useState<Record<number, number | null>>({});
  const { busy, run: whileBusy } = useSaving();
  const complete = panel.criteria.every((c) => typeof scores[c.id] === 'number');
  const invalid = useInvalidFields();
  const submit = async () => {
    if (invalid.blocked()) return;
    await whileBusy(async () => {
      await selectionsApi.score(
        n.id,
        panel.criteria.map((c) => ({ criterionId: c.id, score: scores[c.id] as number })),
      );
      feedback.success(t('sel.judging.submitted'));
      await onDone();
    });
  };
  return (
    <Flex vertical gap={6} style={{ width: '100%' }}>
      <Flex gap={8} align="center" wrap>
        <Typography.Text strong>{n.personName}</Typography.Text>
        <Typography.Text type="secondary">{n.unit}</Typography.Text>
        <Tag>{n.categoryName}</Tag>
      </Flex>
      <Typography.Paragraph style={{ margin: 0 }}>{n.deed}</Typography.Paragraph>
      {n.myScores ? (
        <Typography.Text type="success" data-testid="judging-done">
          {t('sel.judging.mine', {
            scores: n.myScores
              .map((s) => `${panel.criteria.find((c) => c.id === s.criterionId)?.name} ${s.score}`)
              .join(listSeparator()),
            total: points(n.myTotal),
          })}
        </Typography.Text>
      ) : panel.status === 'judging' ? (
        <Flex gap={8} wrap align="center">
          {panel.criteria.map((c) => (
            <ValidityScope key={c.id} fields={invalid}>
              <NumberInput
                min={0}
                max={100}
                optional
                prefix={c.name}
                value={scores[c.id] ?? null}
                onChange={(v) => setScores((x) => ({ ...x, [c.id]: v }))}
                style={{ width: 170 }}
                testId="judging-score"
              />
            </ValidityScope>
          ))}
          <Popconfirm
            title={t('sel.judging.confirm')}
            onConfirm={submit}
            disabled={!complete}
            okButtonProps={{ 'data-testid': 'judging-submit-ok' } as never}
          >
            <Button type="primary" disabled={!complete} loading={busy} data-testid="judging-submit">
              {t('sel.judging.submit')}
            </Button>
          </Popconfirm>
        </Flex>
      ) : (
        <Typography.Text type="secondary">{t('sel.judging.closed')}</Typography.Text>
      )}
    </Flex>
  );
}
