import { Button, Empty, Spin, Tag } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFeedback } from '../../components/feedback.ts';
import { formatTime } from '../programs/labels.tsx';
import { type ClaimResult, type MyClaim, meApi } from '../programs/programs-api.ts';
import './worker-programs.css';

const GOOD: ClaimResult[] = ['granted', 'entered_lottery'];
const NEUTRAL: ClaimResult[] = ['already_claimed', 'not_open'];

function resultClass(r: string): string {
  return GOOD.includes(r as ClaimResult) ? 'good' : NEUTRAL.includes(r as ClaimResult) ? 'info' : 'bad';
}

/** Worker: open flash claims with the stock left, one big button each, and the answer at once. */
export default function WorkerClaimsPage() {
  const { t } = useTranslation();
  const feedback = useFeedback();
  const [claims, setClaims] = useState<MyClaim[] | null>(null);
  const [results, setResults] = useState<Record<number, ClaimResult>>({});
  const [busy, setBusy] = useState<number | null>(null);

  const load = useCallback(async () => {
    try {
      setClaims(await meApi.claims());
    } catch (err) {
      setClaims([]);
      feedback.error(err);
    }
  }, [feedback]);
  useEffect(() => {
    void load();
  }, [load]);

  const claim = async (c: MyClaim) => {
    const pid = c.programId ?? c.id;
    setBusy(pid);
    try {
      const answer = await meApi.claim(pid);
      setResults((r) => ({ ...r, [pid]: answer.result }));
      setClaims(
        (list) =>
          list?.map((x) => ((x.programId ?? x.id) === pid ? { ...x, left: answer.left ?? x.left } : x)) ??
          null,
      );
    } catch (err) {
      feedback.error(err);
    } finally {
      setBusy(null);
    }
  };

  return (
    <div className="wp-page">
      <div className="wp-title">{t('wp.claims.title')}</div>
      {claims === null && <Spin />}
      {claims?.length === 0 && <Empty description={t('wp.claims.empty')} />}
      {claims?.map((c) => {
        const pid = c.programId ?? (c.id as number);
        const result = results[pid] ?? (c.myResult as ClaimResult | null | undefined) ?? null;
        const starts = c.claimStartsAt ?? c.startsAt;
        const ends = c.claimEndsAt ?? c.endsAt;
        const soldOut = c.left === 0;
        return (
          <div className="wp-card" key={pid} data-testid={`claim-${pid}`}>
            <div className="wp-card-head">
              <div className="wp-card-name">{c.name}</div>
              {c.lottery && <Tag color="purple">{t('wp.claims.lottery')}</Tag>}
            </div>
            <div className="wp-muted">
              {starts || ends
                ? t('wp.claims.window', { from: formatTime(starts), to: formatTime(ends) })
                : ''}
            </div>
            <div>
              <span className="wp-muted">{t('wp.claims.left')} </span>
              <span className="wp-stock" data-testid="claim-left">
                {c.left ?? '—'}
              </span>
              {c.stock != null && <span className="wp-muted"> / {c.stock}</span>}
            </div>
            {result && (
              <div className={`wp-result ${resultClass(result)}`} data-testid="claim-result">
                {t(`wp.claims.result.${result}`)}
              </div>
            )}
            <Button
              type="primary"
              size="large"
              block
              className="wp-claim-button"
              loading={busy === pid}
              disabled={!!result && result !== 'not_open'}
              onClick={() => claim(c)}
              data-testid="claim-button"
            >
              {soldOut && !result ? t('wp.claims.soldOutButton') : t('wp.claims.claim')}
            </Button>
          </div>
        );
      })}
    </div>
  );
}
