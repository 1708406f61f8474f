import { Button, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatTime } from '../../components/dates.ts';
import { PhoneList, PhonePage } from '../../components/PhoneList.tsx';
import { useBusy } from '../../components/useBusy.ts';
import { useLoad } from '../../components/useLoad.ts';
import { Explanation } from '../review/Explanation.tsx';
import { claimNextStep, type Outcome, resultClass } from './claim-outcome.ts';
import { type ClaimAnswer, type MyClaim, meApi } from './me-api.ts';
import { PickupCode } from './PickupCode.tsx';

/** Worker: open flash claims with the stock left, one big button each, and the answer at once. */
export default function WorkerClaimsPage() {
  const { t } = useTranslation();
  const list = useLoad(() => meApi.claims(), []);
  const [answers, setAnswers] = useState<Record<number, ClaimAnswer>>({});
  const { busy, run } = useBusy<number>();
  const [shown, setShown] = useState<Record<number, boolean>>({});

  const claim = (c: MyClaim) =>
    run(c.programId, async () => {
      const answer = await meApi.claim(c.programId);
      setAnswers((a) => ({ ...a, [c.programId]: answer }));
      // A grant may come with something to collect: the list then knows the pickup code to show.
      if (answer.result === 'granted') await list.reload();
      else if (list.data)
        list.set({
          ...list.data,
          items: list.data.items.map((x) => (x.programId === c.programId ? { ...x, left: answer.left } : x)),
        });
    });

  return (
    <PhonePage title={t('wp.claims.title')}>
      <PhoneList state={list} what={t('load.what.claims')} empty={t('wp.claims.empty')}>
        {(claims) =>
          claims.map((c) => {
            const answer = answers[c.programId];
            const outcome: Outcome | null = answer?.result ?? c.myResult;
            const closed = c.state === 'upcoming' || c.state === 'ended' || c.state === 'drawn';
            const done = outcome !== null && outcome !== 'not_open';
            const state = c.state === 'open' && c.left === 0 ? 'sold_out' : c.state;
            const next = claimNextStep(t, outcome, c);
            return (
              <div className="wp-card" key={c.programId} data-testid={`claim-${c.programId}`}>
                <div className="wp-card-head">
                  <div className="wp-card-name">{c.name}</div>
                  <Tag color={state === 'open' ? 'red' : 'default'}>{t(`wp.claims.state.${state}`)}</Tag>
                </div>
                <div className="wp-muted">
                  {c.ownerOrgName} ·{' '}
                  {t('wp.claims.window', {
                    from: formatTime(c.claimStartsAt),
                    to: formatTime(c.claimEndsAt),
                  })}
                  {c.lottery && ` · ${t('wp.claims.lottery')}`}
                </div>
                {c.description && <div>{c.description}</div>}
                {c.stock !== null && (
                  <div>
                    <span className="wp-muted">{t('wp.claims.left')} </span>
                    <span className="wp-stock" data-testid="claim-left">
                      {c.left ?? '—'}
                    </span>
                    <span className="wp-muted"> / {c.stock}</span>
                  </div>
                )}
                {outcome && (
                  <div className={`wp-result ${resultClass(outcome)}`} data-testid="claim-result">
                    {t(`wp.claims.result.${outcome}`)}
                  </div>
                )}
                {next && (
                  <div className="wp-muted" data-testid="claim-next">
                    {next}
                  </div>
                )}
                {c.toCollect &&
                  c.applicationId !== null &&
                  (shown[c.programId] ? (
                    <PickupCode applicationId={c.applicationId} />
                  ) : (
                    <Button
                      size="large"
                      block
                      onClick={() => setShown((s) => ({ ...s, [c.programId]: true }))}
                      data-testid="pickup-show"
                    >
                      {t('wp.claims.pickup.show')}
                    </Button>
                  ))}
                {answer?.result === 'not_eligible' && answer.decision && (
                  <Explanation decision={answer.decision} compact />
                )}
                {!done && (
                  <Button
                    type="primary"
                    size="large"
                    block
                    className="wp-claim-button"
                    loading={busy === c.programId}
                    disabled={closed || done}
                    onClick={() => claim(c)}
                    data-testid="claim-button"
                  >
                    {c.state === 'upcoming'
                      ? t('wp.claims.result.not_open')
                      : closed
                        ? t('wp.claims.state.ended')
                        : c.lottery
                          ? t('wp.claims.enter')
                          : t('wp.claims.claim')}
                  </Button>
                )}
              </div>
            );
          })
        }
      </PhoneList>
    </PhonePage>
  );
}
