import { CheckCircleFilled, FileTextOutlined, LinkOutlined, PlayCircleOutlined } from '@ant-design/icons';
import { Button, Result, Tag } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFeedback } from '../../components/feedback.ts';
import { PhoneRecordPage } from '../../components/PhoneList.tsx';
import '../../components/worker-pages.css';
import { type MyEnrolmentDetail, myLearningApi } from './learning-api.ts';

type LessonRow = MyEnrolmentDetail['lessons'][number];

/**
 * Worker (phone): one course's lessons. A video resumes where it stopped and counts when played to its end;
 * a document or link counts when opened. The last lesson completes the course (a training record).
 */
export default function WorkerCoursePage() {
  const { t } = useTranslation();
  return (
    <PhoneRecordPage
      load={myLearningApi.enrolment}
      what={t('learn.me.courseWhat')}
      title={t('learn.me.title')}
    >
      {(d, detail) => (
        <>
          <div className="wp-title">{d.enrolment.title}</div>
          {d.enrolment.completedOn && (
            <Result
              status="success"
              title={t('learn.me.completedTitle')}
              subTitle={t('learn.me.completedText', { date: d.enrolment.completedOn })}
              data-testid="course-completed"
            />
          )}
          {d.lessons.map((l) => (
            <LessonCard key={l.id} lesson={l} onProgress={() => void detail.reload()} />
          ))}
        </>
      )}
    </PhoneRecordPage>
  );
}

function LessonCard({ lesson, onProgress }: { lesson: LessonRow; onProgress: () => void }) {
  const { t } = useTranslation();
  const feedback = useFeedback();
  const [playing, setPlaying] = useState(false);
  const lastSent = useRef(0);
  const report = async (positionSeconds: number, ended: boolean) => {
    try {
      const r = await myLearningApi.progress({
        lessonId: lesson.id,
        positionSeconds: Math.floor(positionSeconds),
        ended,
      });
      if (r.done !== lesson.done || r.completedOn) onProgress();
    } catch (e) {
      feedback.error(e);
    }
  };
  const fileUrl = lesson.fileName ? myLearningApi.lessonFileUrl(lesson.id) : lesson.url;
  const icon =
    lesson.kind === 'video' ? (
      <PlayCircleOutlined />
    ) : lesson.kind === 'document' ? (
      <FileTextOutlined />
    ) : (
      <LinkOutlined />
    );
  return (
    <div className="wp-card" data-testid={`lesson-${lesson.position}`}>
      <div className="wp-card-head">
        <div className="wp-card-name">
          {icon} {`${lesson.position}. ${lesson.title}`}
        </div>
        {lesson.done ? (
          <Tag color="green" icon={<CheckCircleFilled />} data-testid="lesson-done">
            {t('learn.me.lessonDone')}
          </Tag>
        ) : (
          <Tag>{t(`learn.lessonKind.${lesson.kind}`)}</Tag>
        )}
      </div>
      {lesson.kind === 'video' && lesson.fileName && (playing || lesson.positionSeconds > 0) ? (
        // biome-ignore lint/a11y/useMediaCaption: uploaded lesson videos come without a caption file
        <video
          src={fileUrl ?? undefined}
          controls
          playsInline
          style={{ width: '100%', borderRadius: 8 }}
          onLoadedMetadata={(e) => {
            e.currentTarget.currentTime = lesson.positionSeconds;
          }}
          onTimeUpdate={(e) => {
            const now = e.currentTarget.currentTime;
            if (Math.abs(now - lastSent.current) >= 15) {
              lastSent.current = now;
              void report(now, false);
            }
          }}
          onPause={(e) => void report(e.currentTarget.currentTime, false)}
          onEnded={(e) => void report(e.currentTarget.currentTime, true)}
        />
      ) : (
        <Button
          block
          href={lesson.kind === 'video' && lesson.fileName ? undefined : (fileUrl ?? undefined)}
          target="_blank"
          onClick={() => {
            if (lesson.kind === 'video' && lesson.fileName) setPlaying(true);
            else void report(0, true);
          }}
          data-testid="lesson-open"
        >
          {lesson.kind === 'video'
            ? lesson.positionSeconds > 0
              ? t('learn.me.resume')
              : t('learn.me.play')
            : t('learn.me.open')}
        </Button>
      )}
    </div>
  );
}
