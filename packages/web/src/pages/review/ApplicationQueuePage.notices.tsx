import { Alert, Button, List } from 'antd';
import { useTranslation } from 'react-i18next';

export interface BulkOutcome {
  id: number;
  /** The applicant, as the queue's row names them (absent when the row is no longer on the page). */
  name?: string;
  ok: boolean;
  message?: string;
}

/**
 * What a bulk decision did, per application (each named by its applicant from the rows on the page), and how the
 * toast says it: a success only when every one was done, else a warning — never a green 「已处理 0/4 条」.
 */
export function bulkOutcomes(
  results: readonly { id: number; ok: boolean; code?: string; message?: { zh: string; en: string } | null }[],
  rows: readonly { id: number; personName?: string | null }[],
  en: boolean,
): { outcomes: BulkOutcome[]; ok: number; tone: 'success' | 'warning' } {
  const names = new Map(rows.map((r) => [r.id, r.personName ?? undefined]));
  const outcomes = results.map((r) => ({
    id: r.id,
    name: names.get(r.id),
    ok: r.ok,
    message: r.message ? (en ? r.message.en : r.message.zh) : r.code,
  }));
  const ok = results.filter((r) => r.ok).length;
  return { outcomes, ok, tone: ok === results.length ? 'success' : 'warning' };
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
                  #{o.id}
                  {o.name ? ` ${o.name}` : ''}: {o.message}
                </List.Item>
              )}
            />
          }
        />
      )}
    </>
  );
}
