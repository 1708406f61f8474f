import { Button, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { aside } from '../../components/aside.ts';
import { useWords } from '../../components/FigureNotes.tsx';
import { congressesApi, type MyCongress, RATINGS, STATUS_COLOR } from './congresses-api.ts';

type Run = (key: string, fn: () => Promise<unknown>, done: string) => Promise<void>;
type Proposal = MyCongress['proposals'][number];

/** A delegate's own proposals: their state, the decision and answer, and the rating of an answered one. */
export function MyProposals({
  c,
  busy,
  run,
  mine,
}: {
  c: MyCongress;
  mine: Proposal[];
  busy: string | null;
  run: Run;
}) {
  const { t } = useTranslation();
  return (
    <section className="m-card">
      <h2 className="m-card-title">{t('cong.mine.mine')}</h2>
      {mine.map((p) => (
        <div
          key={p.id}
          style={{ padding: '8px 0', borderBottom: '1px solid #f0f0f0' }}
          data-testid={`my-cong-proposal-${p.id}`}
        >
          <strong>{p.title}</strong>
          <div>
            <Tag color={STATUS_COLOR[p.status]} data-testid={`my-cong-status-${p.id}`}>
              {t(`cong.status.${p.status}`)}
            </Tag>{' '}
            {t('cong.field.cosigns')} {p.cosigns}/{c.cosignMin}
            {p.rating && <Tag style={{ marginLeft: 8 }}>{t(`cong.rating.${p.rating}`)}</Tag>}
            {p.pledgeId && <Tag color="green">{t('cong.mine.pledged')}</Tag>}
            {p.opinion && p.adopted !== null && (
              <Tag color={p.adopted ? 'green' : 'default'}>
                {t(p.adopted ? 'cong.proposal.adopted' : 'cong.proposal.notAdopted')}
              </Tag>
            )}
          </div>
          {p.decisionReason && (p.status === 'rejected' || p.opinion) && (
            <div>
              {t('cong.field.reason')}
              {t('common.colon')}
              {p.decisionReason}
            </div>
          )}
          {p.department && (
            <div>
              {t('cong.field.department')}
              {t('common.colon')}
              {p.department}
              {aside(`${t('cong.field.dueOn')} ${p.dueOn}`)}
            </div>
          )}
          {p.answer && (
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: '4px 0' }}>
              {t('cong.field.answer')}
              {t('common.colon')}
              {p.answer}
            </Typography.Paragraph>
          )}
          {p.status === 'answered' && (
            <Space wrap style={{ marginTop: 4 }}>
              {RATINGS.map((r) => (
                <Button
                  key={r}
                  size="large"
                  className="m-touch"
                  loading={busy === `rate-${p.id}`}
                  onClick={() => run(`rate-${p.id}`, () => congressesApi.rate(p.id, r), t('cong.mine.rated'))}
                  data-testid={`my-cong-rate-${p.id}-${r}`}
                >
                  {t(`cong.rating.${r}`)}
                </Button>
              ))}
            </Space>
          )}
        </div>
      ))}
    </section>
  );
}

/** Other delegates' proposals still filed, to co-sign. */
export function OthersProposals({
  c,
  busy,
  run,
  others,
}: {
  c: MyCongress;
  others: Proposal[];
  busy: string | null;
  run: Run;
}) {
  const { t } = useTranslation();
  return (
    <section className="m-card">
      <h2 className="m-card-title">{t('cong.mine.others')}</h2>
      {others.map((p) => (
        <div key={p.id} style={{ padding: '8px 0', borderBottom: '1px solid #f0f0f0' }}>
          <strong>{p.title}</strong>
          <div>
            <Typography.Text type="secondary">
              {p.proposerName} · {t('cong.field.cosigns')} {p.cosigns}/{c.cosignMin}
            </Typography.Text>
          </div>
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: '4px 0' }}>
            {p.body}
          </Typography.Paragraph>
          {p.cosigned ? (
            <Tag color="green" data-testid={`my-cong-cosigned-${p.id}`}>
              {t('cong.mine.cosigned')}
            </Tag>
          ) : (
            <Button
              size="large"
              block
              className="m-touch"
              loading={busy === `cosign-${p.id}`}
              onClick={() =>
                run(`cosign-${p.id}`, () => congressesApi.cosign(p.id), t('cong.mine.cosignDone'))
              }
              data-testid={`my-cong-cosign-${p.id}`}
            >
              {t('cong.mine.cosign')}
            </Button>
          )}
        </div>
      ))}
    </section>
  );
}

/** The congress's motions: the result once closed, else this delegate's vote or why they cannot vote. */
export function Motions({ c, busy, run }: { c: MyCongress; busy: string | null; run: Run }) {
  const { t } = useTranslation();
  const words = useWords();
  return (
    <section className="m-card">
      <h2 className="m-card-title">{t('cong.mine.results')}</h2>
      {c.motions.map((m) => (
        <div key={m.id} style={{ padding: '8px 0', borderBottom: '1px solid #f0f0f0' }}>
          <strong>{m.title}</strong> <Tag>{t(`cong.motionKind.${m.kind}`)}</Tag>
          {m.status === 'closed' && m.result ? (
            <div data-testid={`my-cong-result-${m.id}`}>
              <Tag color={m.result === 'passed' ? 'green' : 'red'}>{t(`cong.result.${m.result}`)}</Tag>
              {t('cong.choice.yes')} {m.yes} · {t('cong.choice.no')} {m.no} · {t('cong.choice.abstain')}{' '}
              {m.abstain}
              <div>{words(m.resultText)}</div>
            </div>
          ) : m.myVote ? (
            <div>{t('cong.mine.voted', { choice: t(`cong.choice.${m.myVote}`) })}</div>
          ) : c.session && !c.session.quorumMet ? (
            <div data-testid={`my-cong-no-quorum-${m.id}`}>
              {t('cong.mine.noQuorum', {
                present: c.session.present,
                delegates: c.session.delegates,
                quorum: c.session.quorum,
              })}
            </div>
          ) : c.seat?.present ? (
            <Space wrap style={{ marginTop: 4 }}>
              {(['yes', 'no', 'abstain'] as const).map((choice) => (
                <Button
                  key={choice}
                  size="large"
                  className="m-touch"
                  loading={busy === `vote-${m.id}`}
                  onClick={() =>
                    run(`vote-${m.id}`, () => congressesApi.vote(m.id, choice), t('cong.mine.voteDone'))
                  }
                >
                  {t(`cong.choice.${choice}`)}
                </Button>
              ))}
            </Space>
          ) : (
            <div>{t('cong.mine.notPresent')}</div>
          )}
        </div>
      ))}
    </section>
  );
}
