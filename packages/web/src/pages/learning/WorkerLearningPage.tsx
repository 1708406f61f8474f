import { Button, Empty, Progress, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { useFeedback } from '../../components/feedback.ts';
import { LoadGate } from '../../components/LoadError.tsx';
import { PhoneChoice } from '../../components/PhoneChoice.tsx';
import { PhoneList, PhonePage } from '../../components/PhoneList.tsx';
import { useAct } from '../../components/useBusy.ts';
import { useLoad } from '../../components/useLoad.ts';
import { type MyActivity, type MyLearning, myLearningApi } from './learning-api.ts';

/** Worker (phone): my learning hours and courses, what I may enrol in, and offline activities. */
export default function WorkerLearningPage() {
  const { t } = useTranslation();
  const [view, setView] = useState<'courses' | 'activities'>('courses');
  const overview = useLoad(() => myLearningApi.overview(), []);
  return (
    <PhonePage title={t('learn.me.title')}>
      <PhoneChoice
        value={view}
        onChange={setView}
        values={['courses', 'activities']}
        labelOf={(v) => t(`learn.me.${v}`)}
        style={{ marginBottom: 12 }}
      />
      {view === 'courses' ? (
        <LoadGate state={overview} what={t('learn.me.what')}>
          {(d) => <Courses data={d} reload={overview.reload} />}
        </LoadGate>
      ) : (
        <Activities />
      )}
    </PhonePage>
  );
}

function Courses({ data, reload }: { data: MyLearning; reload: () => Promise<void> }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const feedback = useFeedback();
  const [busy, setBusy] = useState<number | null>(null);
  const enrol = async (courseId: number, licenceId: number) => {
    setBusy(courseId);
    try {
      const e = await myLearningApi.enrol(courseId, licenceId);
      navigate(`/m/learning/enrolments/${e.id}`);
    } catch (err) {
      feedback.error(err);
      await reload();
    } finally {
      setBusy(null);
    }
  };
  return (
    <>
      <div className="wp-card" data-testid="learn-hours">
        <div className="wp-muted">{t('learn.me.hours')}</div>
        <div className="wp-amount">{t('learn.me.hoursValue', { hours: data.hours })}</div>
        <Link to="/m/learning/masters">
          {data.isMaster ? t('learn.me.mastersAsMaster') : t('learn.me.masters')}
        </Link>
      </div>
      <div className="wp-muted" style={{ margin: '12px 0 6px' }}>
        {t('learn.me.mine')}
      </div>
      {data.enrolments.length === 0 && <Empty description={t('learn.me.noEnrolments')} />}
      {data.enrolments.map((e) => (
        <Link to={`/m/learning/enrolments/${e.id}`} key={e.id} data-testid={`my-enrolment-${e.courseId}`}>
          <div className="wp-card">
            <div className="wp-card-head">
              <div className="wp-card-name">{e.title}</div>
              {e.completedOn ? (
                <Tag color="green">{t('learn.me.completed')}</Tag>
              ) : (
                <Tag color="blue">{t('learn.me.learning')}</Tag>
              )}
            </div>
            <div className="wp-muted">{`${e.siteName} · ${t('learn.me.enrolledOn', { date: e.enrolledOn })}`}</div>
            <Progress
              percent={e.lessonCount ? Math.round((e.lessonsDone / e.lessonCount) * 100) : 0}
              size="small"
              aria-label={t('learn.me.progress', { title: e.title, done: e.lessonsDone, all: e.lessonCount })}
            />
          </div>
        </Link>
      ))}
      <div className="wp-muted" style={{ margin: '12px 0 6px' }}>
        {t('learn.me.catalogue')}
      </div>
      {data.catalogue.length === 0 && <Empty description={t('learn.me.noCatalogue')} />}
      {data.catalogue.map((c) => (
        <div className="wp-card" key={c.courseId} data-testid={`catalogue-${c.courseId}`}>
          <div className="wp-card-head">
            <div className="wp-card-name">{c.title}</div>
            <Tag>{t(`learn.kind.${c.kind}`)}</Tag>
          </div>
          <div className="wp-muted">
            {[
              c.orgName,
              t('learn.me.lessonCount', { count: c.lessonCount }),
              t('learn.me.hoursValue', { hours: Math.round(c.minutes / 6) / 10 }),
            ].join(' · ')}
          </div>
          <div className="wp-muted">
            {t('learn.me.via', { site: c.siteName, date: c.endsOn, seats: c.seatsLeft })}
          </div>
          <Button
            type="primary"
            block
            loading={busy === c.courseId}
            onClick={() => void enrol(c.courseId, c.licenceId)}
            data-testid="enrol"
          >
            {t('learn.me.enrol')}
          </Button>
        </div>
      ))}
    </>
  );
}

function Activities() {
  const { t } = useTranslation();
  const list = useLoad(() => myLearningApi.activities(), []);
  const { act, busy } = useAct<number>(list.reload);
  const signUp = (a: MyActivity) => act(a.id, () => myLearningApi.signUp(a.id), t('learn.me.signedUp'));
  return (
    <PhoneList state={list} what={t('learn.me.activitiesWhat')} empty={t('learn.me.noActivities')}>
      {(items) =>
        items.map((a) => (
          <div className="wp-card" key={a.id}>
            <div className="wp-card-head">
              <div className="wp-card-name">{a.title}</div>
              <Tag>{t(`learn.activityKind.${a.kind}`)}</Tag>
            </div>
            <div className="wp-muted">{`${a.heldOn} · ${a.venue} · ${t('learn.me.hoursValue', { hours: Math.round(a.minutes / 6) / 10 })}`}</div>
            <div className="wp-muted">{t('learn.me.places', { n: a.capacity - a.signedUp })}</div>
            {a.attendedByMe ? (
              <Tag color="green">{t('learn.me.attended')}</Tag>
            ) : a.signedUpByMe ? (
              <Tag color="blue">{t('learn.me.signedUp')}</Tag>
            ) : (
              <Button
                block
                loading={busy === a.id}
                onClick={() => void signUp(a)}
                disabled={a.signedUp >= a.capacity}
              >
                {a.signedUp >= a.capacity ? t('learn.me.full') : t('learn.me.signUp')}
              </Button>
            )}
          </div>
        ))
      }
    </PhoneList>
  );
}
