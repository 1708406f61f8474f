import { Button, Empty, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CappedNotice } from '../../components/CappedNotice.tsx';
import { PhoneLoadState } from '../../components/LoadError.tsx';
import { TextBox, TextLine } from '../../components/TextBox.tsx';
import { useBusy } from '../../components/useBusy.ts';
import { useLoad } from '../../components/useLoad.ts';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { congressesApi, type MyCongress } from './congresses-api.ts';
import { Motions, MyProposals, OthersProposals } from './WorkerCongressPage.parts.tsx';

/**
 * The worker's congress on the phone: a delegate files proposals in the window, co-signs others', votes when
 * present and rates the answers to their own; every member sees the results of the votes and 厂务公开.
 */
export default function WorkerCongressPage() {
  const { t } = useTranslation();
  usePageTitle(t('cong.mine.title'));
  const mine = useLoad(() => congressesApi.mine(), []);
  const { busy, run: runBusy } = useBusy<string>();
  const [opened, setOpened] = useState<Record<number, string>>({});
  const run = (key: string, fn: () => Promise<unknown>, done: string) =>
    runBusy(
      key,
      async () => {
        await fn();
        return done;
      },
      () => void mine.reload(),
    );
  if (mine.error || !mine.data) return <PhoneLoadState state={mine} what={t('cong.what.mine')} />;
  const { congresses, disclosures, disclosuresTotal } = mine.data;
  return (
    <div data-testid="my-congresses">
      {congresses.length === 0 && (
        <section className="m-card">
          <Empty description={t('cong.mine.empty')} />
        </section>
      )}
      {congresses.map((c) => (
        <CongressCard key={c.id} c={c} busy={busy} run={run} />
      ))}
      <section className="m-card" data-testid="my-cong-disclosures">
        <h2 className="m-card-title">{t('cong.mine.disclosures')}</h2>
        <CappedNotice list={{ items: disclosures, total: disclosuresTotal }} plain />
        {disclosures.length === 0 && <Empty description={t('cong.mine.noDisclosures')} />}
        {disclosures.map((d) => (
          <div key={d.id} style={{ padding: '8px 0', borderBottom: '1px solid #f0f0f0' }}>
            <Space wrap>
              <Tag>{t(`cong.disclosure.${d.category}`)}</Tag>
              <strong>{d.title}</strong>
            </Space>
            <div>
              <Typography.Text type="secondary">
                {d.orgName} · {d.publishedOn}
              </Typography.Text>
            </div>
            {opened[d.id] !== undefined ? (
              <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginTop: 8 }}>
                {opened[d.id]}
              </Typography.Paragraph>
            ) : (
              <Button
                size="large"
                block
                className="m-touch"
                style={{ marginTop: 8 }}
                loading={busy === `read-${d.id}`}
                onClick={() =>
                  runBusy(`read-${d.id}`, async () => {
                    const r = await congressesApi.read(d.id);
                    setOpened((o) => ({ ...o, [d.id]: r.body }));
                  })
                }
              >
                {d.read ? t('cong.mine.readDone') : t('cong.mine.read')}
              </Button>
            )}
          </div>
        ))}
      </section>
    </div>
  );
}

function CongressCard({
  c,
  busy,
  run,
}: {
  c: MyCongress;
  busy: string | null;
  run: (key: string, fn: () => Promise<unknown>, done: string) => Promise<void>;
}) {
  const { t } = useTranslation();
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const s = c.session;
  const mine = c.proposals.filter((p) => p.mine);
  const others = c.proposals.filter((p) => !p.mine && p.status === 'filed');
  return (
    <>
      <section className="m-card" data-testid={`my-cong-${c.id}`}>
        <h2 className="m-card-title">{c.name}</h2>
        <div>
          {c.seat
            ? t('cong.mine.delegate', {
                term: t('cong.field.termN', { n: c.termNumber }),
                delegation: c.seat.delegation,
              })
            : t('cong.mine.member')}
        </div>
        {s && (
          <div>
            {s.title} · {s.heldOn}
          </div>
        )}
        {c.seat && s && (
          <div>
            {s.open
              ? t('cong.mine.window', { from: s.proposalsFrom, until: s.proposalsUntil })
              : t('cong.mine.windowClosed')}
          </div>
        )}
        {c.seat && <CappedNotice list={{ items: c.proposals, total: c.proposalsTotal }} plain />}
      </section>
      {c.seat && s?.open && (
        <section className="m-card">
          <h2 className="m-card-title">{t('cong.mine.file')}</h2>
          <Space direction="vertical" style={{ width: '100%' }}>
            <TextLine
              size="large"
              max={200}
              value={title}
              placeholder={t('cong.mine.titlePh')}
              onChange={setTitle}
              testId="my-cong-title"
            />
            <TextBox
              rows={4}
              max={4000}
              value={body}
              placeholder={t('cong.mine.bodyPh')}
              onChange={setBody}
              testId="my-cong-body"
            />
            <Button
              type="primary"
              size="large"
              block
              className="m-touch"
              disabled={!title.trim() || !body.trim()}
              loading={busy === 'file'}
              onClick={() =>
                run(
                  'file',
                  async () => {
                    await congressesApi.file({ sessionId: s.id, title, body });
                    setTitle('');
                    setBody('');
                  },
                  t('cong.mine.filed'),
                )
              }
              data-testid="my-cong-file"
            >
              {t('cong.mine.file')}
            </Button>
          </Space>
        </section>
      )}
      {c.seat && mine.length > 0 && <MyProposals c={c} mine={mine} busy={busy} run={run} />}
      {c.seat && others.length > 0 && <OthersProposals c={c} others={others} busy={busy} run={run} />}
      {c.motions.length > 0 && <Motions c={c} busy={busy} run={run} />}
    </>
  );
}
