import { Alert, Button, List } from 'antd';
import { useTranslation } from 'react-i18next';

export interface BulkOutcome {
  id: number;
  ok: boolean;
  message?: string;
}

/** The queue's notices: standing in for unions below, all done, and what a bulk decision could not do. */
export function QueueNotices({
  standIn,
  takeableCount,
  allDone,
  outcomes,
  setOutcomes,
  set,
}: {
  standIn: boolean;
  takeableCount: number;
  allDone: boolean;
  outcomes: BulkOutcome[] | null;
  setOutcomes: (o: BulkOutcome[] | null) => void;
  set: (key: string, value: string | undefined) => void;
}) {
  const { t } = useTranslation();
  return (
    <>
      {standIn ? (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          title={t('review.standIn.title')}
          description={t('review.standIn.hint')}
          action={
            <Button size="small" onClick={() => set('standIn', undefined)} data-testid="stand-in-leave">
              {t('review.standIn.back')}
            </Button>
          }
        />
      ) : (
        takeableCount > 0 && (
          <Alert
            type="warning"
            showIcon
            style={{ marginBottom: 12 }}
            title={t('review.standIn.waiting', { count: takeableCount })}
            action={
              <Button size="small" onClick={() => set('standIn', '1')} data-testid="stand-in-open">
                {t('review.standIn.open')}
              </Button>
            }
            data-testid="stand-in-waiting"
          />
        )
      )}
      {allDone && (
        <Alert
          type="success"
          showIcon
          style={{ marginBottom: 12 }}
          title={t('review.allDone')}
          data-testid="queue-all-done"
        />
      )}
      {outcomes?.some((o) => !o.ok) && (
        <Alert
          type="warning"
          closable={{ onClose: () => setOutcomes(null) }}
          style={{ marginBottom: 12 }}
          title={t('review.bulkFailures')}
          description={
            <List
              size="small"
              dataSource={outcomes.filter((o) => !o.ok)}
              renderItem={(o) => (
                <List.Item>
                  #{o.id}: {o.message}
                </List.Item>
              )}
            />
          }
        />
      )}
    </>
  );
}
