import { Empty, Space } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { scoreScale } from '../../../../server/src/modules/counselling/counselling.scales.ts';
import { CappedNotice } from '../../components/CappedNotice.tsx';
import { formatTime } from '../../components/dates.ts';
import { useFeedback } from '../../components/feedback.ts';
import { LoadError, PhoneLoading } from '../../components/LoadError.tsx';
import { PhoneButton } from '../../components/PhoneButton.tsx';
import { useBusy } from '../../components/useBusy.ts';
import { useLoad } from '../../components/useLoad.ts';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { scaleName } from './assessment-answers.ts';
import { type AssessmentResult, counsellingApi, type Scale } from './counselling-api.ts';
import { AssessmentOutcome, Bookings, Questionnaire, Slots } from './WorkerCounsellingPage.parts.tsx';

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
  const { busy, run: runBusy } = useBusy<string>();
  const [note, setNote] = useState<{ id: number; text: string } | null>(null);
  const slotsRef = useRef<HTMLElement>(null);

  if (mine.error) return <LoadError error={mine.error} retry={mine.reload} what={t('csl.what.mine')} />;
  if (scales.error)
    return <LoadError error={scales.error} retry={scales.reload} what={t('csl.what.scales')} />;
  if (!mine.data || !scales.data) return <PhoneLoading />;

  const run = (key: string, fn: () => Promise<string | undefined>) =>
    runBusy(key, fn, () => void mine.reload());
  const complete = scale && answers.length === scale.items.length && answers.every((a) => a !== undefined);
  // the page scores as the server will (the server's result is the one kept)
  const live = scale && complete ? scoreScale(scale, answers as number[]) : null;

  return (
    <div data-testid="my-counselling">
      <section className="m-card">
        <h2 className="m-card-title">{t('csl.worker.title')}</h2>
        <p>{t('csl.worker.intro')}</p>
        {!scale && (
          <Space direction="vertical" style={{ width: '100%' }}>
            {scales.data.map((s) => (
              <PhoneButton
                key={s.id}
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
              </PhoneButton>
            ))}
          </Space>
        )}
      </section>

      {scale && !result && (
        <Questionnaire
          scale={scale}
          answers={answers}
          setAnswers={setAnswers}
          live={live}
          complete={!!complete}
          taking={busy === 'take'}
          onSubmit={() =>
            run('take', async () => {
              const r = await counsellingApi.take(scale.id, answers as number[]);
              setResult({ ...r, scale });
              return undefined;
            })
          }
          onBack={() => setScale(null)}
        />
      )}

      {result && (
        <AssessmentOutcome
          result={result}
          onBook={() => slotsRef.current?.scrollIntoView({ behavior: 'smooth' })}
          onBack={() => {
            setResult(null);
            setScale(null);
          }}
        />
      )}

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

      <Slots
        sectionRef={slotsRef}
        mine={mine.data}
        busy={busy}
        onBook={(slotId, mode) =>
          run(`book-${slotId}-${mode}`, async () => {
            await counsellingApi.book(slotId, mode, result?.id ?? null);
            return t('csl.worker.booked');
          })
        }
      />

      <section className="m-card">
        <h2 className="m-card-title">{t('csl.worker.history')}</h2>
        {mine.data.assessments.length === 0 && <Empty description={t('csl.worker.noHistory')} />}
        <CappedNotice list={{ items: mine.data.assessments, total: mine.data.assessmentsTotal }} plain />
        {mine.data.assessments.map((a) => (
          <div key={a.id} style={{ padding: '4px 0' }}>
            {formatTime(a.takenAt)} · {scaleName(a.scale)} ·{' '}
            {t('csl.worker.score', { score: a.score, band: t(`csl.band.${a.band}`) })}
          </div>
        ))}
      </section>
    </div>
  );
}
