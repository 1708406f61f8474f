import { Card, Flex, List, Space, Steps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ActButton } from '../../components/ActButton.tsx';
import { today } from '../../components/dates.ts';
import { FileButton } from '../../components/FileButton.tsx';
import { PastDay } from '../../components/PastDay.tsx';
import type { Acts } from '../../components/useBusy.ts';
import { type PledgeDetail, pledgesApi } from './pledges-api.ts';

/** The project's milestones as steps; a step not reached is marked done, on a past day where it was (补录). */
export function MilestonesCard({
  id,
  milestones,
  writable,
  acts,
  entered,
}: {
  id: number;
  milestones: PledgeDetail['milestones'];
  /** Whether milestones may be marked (a write permission and the project still open). */
  writable: boolean;
  /** The page's changes of the project, which toast and read the project again (`useAct`). */
  acts: Acts;
  entered: (day: string | null, at: string | null) => string | null;
}) {
  const { t } = useTranslation();
  // The day a milestone was reached when it is recorded after the fact (补录); null: today.
  const [doneOn, setDoneOn] = useState<string | null>(null);
  return (
    <Card title={t('pl.field.milestones')} style={{ flex: '1 1 360px' }}>
      {milestones.length === 0 ? (
        t('pl.detail.noMilestones')
      ) : (
        <Flex vertical gap={8}>
          {writable && milestones.some((m) => !m.doneOn) && (
            <PastDay value={doneOn} onChange={setDoneOn} testId="pledge-milestone-day" />
          )}
          <Steps
            direction="vertical"
            size="small"
            items={milestones.map((m) => ({
              status: m.doneOn ? 'finish' : 'wait',
              title: m.title,
              description: (
                <Space>
                  <span>
                    {m.doneOn
                      ? t('pl.milestone.doneOn', { date: entered(m.doneOn, m.doneEnteredAt) })
                      : t('pl.milestone.due', { date: m.dueOn })}
                  </span>
                  {writable && !m.doneOn && (
                    <ActButton
                      size="small"
                      acts={acts}
                      on={m.id}
                      run={() => pledgesApi.milestoneDone(id, m.id, doneOn ?? today())}
                      done={t('pl.milestone.marked')}
                      data-testid="pledge-milestone-done"
                    >
                      {t('pl.milestone.markDone')}
                    </ActButton>
                  )}
                </Space>
              ),
            }))}
          />
        </Flex>
      )}
    </Card>
  );
}

/** The project's evidence files, and the upload of another (not once the project is cancelled). */
export function EvidenceCard({
  id,
  evidence,
  writable,
  acts: { act, busy },
}: {
  id: number;
  evidence: PledgeDetail['evidence'];
  writable: boolean;
  acts: Acts;
}) {
  const { t } = useTranslation();
  return (
    <Card
      title={t('pl.detail.evidence')}
      style={{ flex: '1 1 360px' }}
      extra={
        writable && (
          <FileButton
            accept=".pdf,.jpg,.jpeg,.png,.webp"
            onFile={(file) => act('upload', () => pledgesApi.addEvidence(id, file), t('pl.detail.uploaded'))}
            waiting={busy !== null}
            loading={busy === 'upload'}
            testId="pledge-evidence-upload"
          >
            {t('pl.detail.upload')}
          </FileButton>
        )
      }
    >
      <List
        size="small"
        dataSource={evidence}
        locale={{ emptyText: t('pl.detail.noEvidence') }}
        data-testid="pledge-evidence"
        renderItem={(e) => (
          <List.Item>
            <a href={pledgesApi.evidenceUrl(id, e.id)}>{e.fileName}</a>
            <span className="muted">{e.uploadedAt}</span>
          </List.Item>
        )}
      />
    </Card>
  );
}
