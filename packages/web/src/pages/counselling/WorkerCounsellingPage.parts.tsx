import { Alert, Button, Empty, Popconfirm, Progress, Radio, Space, Tag } from 'antd';
import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { CappedNotice } from '../../components/CappedNotice.tsx';
import { PhoneButton } from '../../components/PhoneButton.tsx';
import { ShowMoreButton, useShownCount } from '../../components/ShowMore.tsx';
import { firstShown } from '../../components/shown-list.ts';
import { assessmentAdvice } from './assessment-advice.ts';
import { bookQuestion, cancelQuestion } from './booking-confirm.ts';
import { type AssessmentResult, type Mine, type Mode, type Scale, slotText } from './counselling-api.ts';

const useLang = (): 'zh' | 'en' => {
  const { i18n } = useTranslation();
  return i18n.language.startsWith('en') ? 'en' : 'zh';
};

/** A self-assessment being answered: its items, the score as it stands, submit and back. */
export function Questionnaire({
  scale,
  answers,
  setAnswers,
  live,
  complete,
  taking,
  onSubmit,
  onBack,
}: {
  scale: Scale;
  answers: (number | undefined)[];
  setAnswers: (next: (number | undefined)[]) => void;
  live: { score: number; band: string } | null;
  complete: boolean;
  taking: boolean;
  onSubmit: () => void;
  onBack: () => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const answered = answers.filter((a) => a !== undefined).length;
  return (
    <section className="m-card" data-testid="csl-questionnaire">
      <h2 className="m-card-title">{scale.name[lang]}</h2>
      <p>{scale.stem[lang]}</p>
      <Progress
        percent={Math.round((answered / scale.items.length) * 100)}
        format={() => t('csl.worker.answered', { n: answered, total: scale.items.length })}
        aria-label={t('csl.worker.answered', { n: answered, total: scale.items.length })}
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
        <PhoneButton
          type="primary"
          disabled={!complete}
          loading={taking}
          onClick={onSubmit}
          data-testid="csl-submit"
        >
          {t('csl.worker.submit')}
        </PhoneButton>
        <PhoneButton onClick={onBack}>{t('csl.worker.back')}</PhoneButton>
      </Space>
    </section>
  );
}

/** The server's score of a finished assessment: crisis contacts at the highest level, a session offered from 10. */
export function AssessmentOutcome({
  result,
  onBook,
  onBack,
}: {
  result: AssessmentResult & { scale: Scale };
  onBook: () => void;
  onBack: () => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
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
                  {c.name[lang]}
                  {t('common.colon')}
                  <a href={`tel:${c.phone}`}>{c.phone}</a>
                </div>
              ))}
            </>
          }
          style={{ marginBottom: 12 }}
        />
      )}
      {assessmentAdvice(result) === 'offer' ? (
        <>
          <p>{t('csl.worker.offer')}</p>
          <PhoneButton type="primary" onClick={onBook} data-testid="csl-book-now">
            {t('csl.worker.bookNow')}
          </PhoneButton>
        </>
      ) : (
        <p data-testid="csl-advice">{t(`csl.worker.${assessmentAdvice(result)}`)}</p>
      )}
      <PhoneButton style={{ marginTop: 8 }} onClick={onBack}>
        {t('csl.worker.back')}
      </PhoneButton>
    </section>
  );
}

/** The open slots, each bookable in the modes it offers, once the worker confirms the counsellor, day and time. */
export function Slots({
  sectionRef,
  mine,
  busy,
  onBook,
}: {
  sectionRef: RefObject<HTMLElement | null>;
  mine: Mine;
  busy: string | null;
  onBook: (slotId: number, mode: Mode) => void;
}) {
  const { t } = useTranslation();
  const { shown, showMore } = useShownCount();
  const { items, more } = firstShown(mine.slots, shown);
  const toCome = mine.bookings.filter((b) => b.status === 'booked' && b.reopensOnCancel).length;
  const full = toCome >= mine.maxBookingsToCome;
  return (
    <section className="m-card" ref={sectionRef} data-testid="csl-slots">
      <h2 className="m-card-title">{t('csl.worker.slots')}</h2>
      {mine.slots.length === 0 && <Empty description={t('csl.worker.noSlots')} />}
      {mine.slots.length > 0 &&
        (full ? (
          <Alert type="info" showIcon message={t('csl.worker.full', { n: toCome })} data-testid="csl-full" />
        ) : (
          <p style={{ color: 'var(--muted)' }}>{t('csl.worker.cap', { n: mine.maxBookingsToCome })}</p>
        ))}
      <CappedNotice list={{ items, total: mine.slotsTotal }} plain />
      {items.map((s) => (
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
              <Popconfirm
                key={m}
                title={bookQuestion(t, s, m)}
                okText={t('csl.worker.book')}
                cancelText={t('common.cancel')}
                onConfirm={() => onBook(s.id, m)}
              >
                <Button
                  type="primary"
                  className="m-touch"
                  disabled={full}
                  loading={busy === `book-${s.id}-${m}`}
                  data-testid={`csl-book-${s.id}-${m}`}
                >
                  {t(`csl.worker.bookIn.${m}`)}
                </Button>
              </Popconfirm>
            ))}
          </Space>
        </div>
      ))}
      <ShowMoreButton more={more} onMore={showMore} style={{ marginTop: 8 }} testId="csl-more-slots">
        {t('csl.worker.moreSlots', { n: more })}
      </ShowMoreButton>
    </section>
  );
}

/**
 * The worker's bookings: cancel one still booked (once confirmed, told what becomes of its slot), read the counsellor's
 * note.
 */
export function Bookings({
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
              <Popconfirm
                {...cancelQuestion(t, b)}
                okText={t('csl.worker.cancel')}
                okButtonProps={{ danger: true }}
                cancelText={t('csl.worker.keepBooking')}
                onConfirm={() => onCancel(b.id)}
              >
                <Button
                  className="m-touch"
                  loading={busy === `cancel-${b.id}`}
                  data-testid={`csl-cancel-${b.id}`}
                >
                  {t('csl.worker.cancel')}
                </Button>
              </Popconfirm>
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
