import { Alert, Button, Empty, Progress, Radio, Skeleton, Space, Tag } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CappedNotice } from '../../components/CappedNotice.tsx';
import { formatTime } from '../../components/dates.ts';
import { useFeedback } from '../../components/feedback.ts';
import { LoadError } from '../../components/LoadError.tsx';
import { useLoad } from '../../components/useLoad.ts';
import { usePageTitle } from '../../components/usePageTitle.ts';
import {
  type AssessmentResult,
  counsellingApi,
  type Mine,
  type Scale,
  scoreInPage,
  slotText,
} from './counselling-api.ts';

/** The open slots the page lists; it says how many more there are. */
const SLOTS_SHOWN = 12;

/**
 * The worker's counselling on the phone: a self-assessment (PHQ-9 or GAD-7) scored in the page and again by the
 * server, a session offered from a score of 10, crisis contacts at the highest level; open slots to book; their
 * bookings with the counsellor's note.
 */
export default function WorkerCounsellingPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('csl.worker.title'));
  const lang: 'zh' | 'en' = i18n.language.startsWith('en') ? 'en' : 'zh';
  const feedback = useFeedback();
  const mine = useLoad(() => counsellingApi.mine(), []);
  const scales = useLoad(() => counsellingApi.scales(), []);
  const [scale, setScale] = useState<Scale | null>(null);
  const [answers, setAnswers] = useState<(number | undefined)[]>([]);
  const [result, setResult] = useState<(AssessmentResult & { scale: Scale }) | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [note, setNote] = useState<{ id: number; text: string } | null>(null);
  const slotsRef = useRef<HTMLElement>(null);

  if (mine.error) return <LoadError error={mine.error} retry={mine.reload} what={t('csl.what.mine')} />;
  if (scales.error)
    return <LoadError error={scales.error} retry={scales.reload} what={t('csl.what.scales')} />;
  if (!mine.data || !scales.data)
    return (
      <div className="m-card">
        <Skeleton active />
      </div>
    );

  const run = async (key: string, fn: () => Promise<string | undefined>) => {
    setBusy(key);
    try {
      const msg = await fn();
      if (msg) feedback.success(msg);
      mine.reload();
    } catch (e) {
      feedback.error(e);
    } finally {
      setBusy(null);
    }
  };
  const complete = scale && answers.length === scale.items.length && answers.every((a) => a !== undefined);
  const live = scale && complete ? scoreInPage(scale, answers as number[]) : null;

  return (
    <div data-testid="my-counselling">
      <section className="m-card">
        <h2 className="m-card-title">{t('csl.worker.title')}</h2>
        <p>{t('csl.worker.intro')}</p>
        {!scale && (
          <Space direction="vertical" style={{ width: '100%' }}>
            {scales.data.map((s) => (
              <Button
                key={s.id}
                size="large"
                block
                className="m-touch"
                onClick={() => {
                  setScale(s);
                  setAnswers([]);
                  setResult(null);
                }}
                data-testid={`csl-take-${s.id}`}
              >
                {t('csl.worker.assess')}
                {t('common.colon')}
                {s.name[lang]}
              </Button>
            ))}
          </Space>
        )}
      </section>

      {scale && !result && (
        <section className="m-card" data-testid="csl-questionnaire">
          <h2 className="m-card-title">{scale.name[lang]}</h2>
          <p>{scale.stem[lang]}</p>
          <Progress
            percent={Math.round((answers.filter((a) => a !== undefined).length / scale.items.length) * 100)}
            format={() =>
              t('csl.worker.answered', {
                n: answers.filter((a) => a !== undefined).length,
                total: scale.items.length,
              })
            }
          />
          {scale.items.map((item, i) => (
            <div key={item.zh} style={{ margin: '12px 0' }} data-testid={`csl-item-${i}`}>
              <div style={{ fontWeight: 500, marginBottom: 6 }}>
                {i + 1}. {item[lang]}
              </div>
              <Radio.Group
                value={answers[i]}
                onChange={(e) => {
                  const next = [...answers];
                  next[i] = e.target.value;
                  setAnswers(next);
                }}
              >
                <Space direction="vertical">
                  {scale.options.map((o, v) => (
                    <Radio key={o.zh} value={v} data-testid={`csl-item-${i}-${v}`}>
                      {o[lang]}
                    </Radio>
                  ))}
                </Space>
              </Radio.Group>
            </div>
          ))}
          {live && (
            <p data-testid="csl-live-score">
              {t('csl.worker.score', { score: live.score, band: t(`csl.band.${live.band}`) })}
            </p>
          )}
          <Space direction="vertical" style={{ width: '100%' }}>
            <Button
              type="primary"
              size="large"
              block
              className="m-touch"
              disabled={!complete}
              loading={busy === 'take'}
              onClick={() =>
                run('take', async () => {
                  const r = await counsellingApi.take(scale.id, answers as number[]);
                  setResult({ ...r, scale });
                  return undefined;
                })
              }
              data-testid="csl-submit"
            >
              {t('csl.worker.submit')}
            </Button>
            <Button size="large" block className="m-touch" onClick={() => setScale(null)}>
              {t('csl.worker.back')}
            </Button>
          </Space>
        </section>
      )}

      {result && (
        <section className="m-card" data-testid="csl-result">
          <h2 className="m-card-title">{result.scale.name[lang]}</h2>
          <p data-testid="csl-result-score">
            {t('csl.worker.score', { score: result.score, band: t(`csl.band.${result.band}`) })}
          </p>
          {result.crisis && (
            <Alert
              type="error"
              showIcon
              data-testid="csl-crisis"
              message={t('csl.worker.crisisTitle')}
              description={
                <>
                  <p>{t('csl.worker.crisis')}</p>
                  {result.crisisContacts.map((c) => (
                    <div key={c.phone}>
                      {c.name[lang]}：<a href={`tel:${c.phone}`}>{c.phone}</a>
                    </div>
                  ))}
                </>
              }
              style={{ marginBottom: 12 }}
            />
          )}
          {result.offer || result.crisis ? (
            <>
              <p>{t('csl.worker.offer')}</p>
              <Button
                type="primary"
                size="large"
                block
                className="m-touch"
                onClick={() => slotsRef.current?.scrollIntoView({ behavior: 'smooth' })}
                data-testid="csl-book-now"
              >
                {t('csl.worker.bookNow')}
              </Button>
            </>
          ) : (
            <p>{t('csl.worker.fine')}</p>
          )}
          <Button
            size="large"
            block
            className="m-touch"
            style={{ marginTop: 8 }}
            onClick={() => {
              setResult(null);
              setScale(null);
            }}
          >
            {t('csl.worker.back')}
          </Button>
        </section>
      )}

      <section className="m-card" ref={slotsRef} data-testid="csl-slots">
        <h2 className="m-card-title">{t('csl.worker.slots')}</h2>
        {mine.data.slots.length === 0 && <Empty description={t('csl.worker.noSlots')} />}
        <CappedNotice
          list={{ items: mine.data.slots.slice(0, SLOTS_SHOWN), total: mine.data.slotsTotal }}
          plain
        />
        {mine.data.slots.slice(0, SLOTS_SHOWN).map((s) => (
          <div
            key={s.id}
            style={{ padding: '8px 0', borderBottom: '1px solid #f0f0f0' }}
            data-testid={`csl-slot-${s.id}`}
          >
            <div style={{ fontWeight: 500 }}>{slotText(s)}</div>
            <div>
              {s.counsellorName} · {s.orgName}
            </div>
            {s.place && <div>{s.place}</div>}
            <Space style={{ marginTop: 6 }} wrap>
              {(s.mode === 'either' ? (['online', 'in_person'] as const) : [s.mode]).map((m) => (
                <Button
                  key={m}
                  type="primary"
                  className="m-touch"
                  loading={busy === `book-${s.id}-${m}`}
                  onClick={() =>
                    run(`book-${s.id}-${m}`, async () => {
                      await counsellingApi.book(s.id, m, result?.id ?? null);
                      return t('csl.worker.booked');
                    })
                  }
                  data-testid={`csl-book-${s.id}-${m}`}
                >
                  {t(`csl.worker.bookIn.${m}`)}
                </Button>
              ))}
            </Space>
          </div>
        ))}
      </section>

      <Bookings
        data={mine.data}
        busy={busy}
        note={note}
        onCancel={(id) =>
          run(`cancel-${id}`, async () => {
            await counsellingApi.cancelSelf(id);
            return t('csl.worker.cancelled');
          })
        }
        onNote={async (id) => {
          try {
            const b = await counsellingApi.myBooking(id);
            setNote({ id, text: b.note });
          } catch (e) {
            feedback.error(e);
          }
        }}
      />

      <section className="m-card">
        <h2 className="m-card-title">{t('csl.worker.history')}</h2>
        {mine.data.assessments.length === 0 && <Empty description={t('csl.worker.noHistory')} />}
        <CappedNotice list={{ items: mine.data.assessments, total: mine.data.assessmentsTotal }} plain />
        {mine.data.assessments.map((a) => (
          <div key={a.id} style={{ padding: '4px 0' }}>
            {formatTime(a.takenAt)} · {a.scale === 'phq9' ? 'PHQ-9' : 'GAD-7'} ·{' '}
            {t('csl.worker.score', { score: a.score, band: t(`csl.band.${a.band}`) })}
          </div>
        ))}
      </section>
    </div>
  );
}

function Bookings({
  data,
  busy,
  note,
  onCancel,
  onNote,
}: {
  data: Mine;
  busy: string | null;
  note: { id: number; text: string } | null;
  onCancel: (id: number) => void;
  onNote: (id: number) => void;
}) {
  const { t } = useTranslation();
  return (
    <section className="m-card" data-testid="csl-my-bookings">
      <h2 className="m-card-title">{t('csl.worker.bookings')}</h2>
      {data.bookings.length === 0 && <Empty description={t('csl.worker.noBookings')} />}
      <CappedNotice list={{ items: data.bookings, total: data.bookingsTotal }} plain />
      {data.bookings.map((b) => (
        <div
          key={b.id}
          style={{ padding: '8px 0', borderBottom: '1px solid #f0f0f0' }}
          data-testid={`csl-my-booking-${b.id}`}
        >
          <div style={{ fontWeight: 500 }}>{slotText(b)}</div>
          <div>
            {b.counsellorName} · {t(`csl.mode.${b.mode}`)} <Tag>{t(`csl.status.${b.status}`)}</Tag>
          </div>
          {b.place && <div>{b.place}</div>}
          <Space style={{ marginTop: 6 }} wrap>
            {b.status === 'booked' && (
              <Button className="m-touch" loading={busy === `cancel-${b.id}`} onClick={() => onCancel(b.id)}>
                {t('csl.worker.cancel')}
              </Button>
            )}
            {b.hasNote && (
              <Button className="m-touch" onClick={() => onNote(b.id)}>
                {t('csl.worker.note')}
              </Button>
            )}
          </Space>
          {note?.id === b.id && <p style={{ whiteSpace: 'pre-wrap', marginTop: 6 }}>{note.text}</p>}
        </div>
      ))}
    </section>
  );
}
