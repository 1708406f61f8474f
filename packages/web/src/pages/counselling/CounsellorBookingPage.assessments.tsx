import type { TFunction } from 'i18next';
import { formatTime } from '../../components/dates.ts';
import { answerLines, scaleName } from './assessment-answers.ts';
import type { CounsellorBooking } from './counselling-api.ts';

type Assessment = CounsellorBooking['assessments'][number];

/** The columns of a booking's assessments: when, which scale, the score and its band, and each item's answer. */
export function assessmentColumns(t: TFunction, lang: 'zh' | 'en') {
  return [
    { title: t('csl.field.time'), dataIndex: 'takenAt', render: (v: string) => formatTime(v) },
    { title: t('csl.booking.scale'), dataIndex: 'scale', render: (s: string) => scaleName(s) },
    {
      title: t('csl.booking.score'),
      key: 'score',
      render: (_: unknown, a: Assessment) => `${a.score} · ${t(`csl.band.${a.band}`)}`,
    },
    {
      title: t('csl.booking.answers'),
      key: 'answers',
      render: (_: unknown, a: Assessment) => (
        <div>
          {answerLines(a.scale, a.answers, lang).map((l, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: the items of a scale, in their fixed order
            <div key={i} style={l.alert ? { color: '#cf1322', fontWeight: 500 } : undefined}>
              {t('csl.booking.answerLine', { name: l.name, option: l.option, score: l.score })}
            </div>
          ))}
        </div>
      ),
    },
  ];
}
