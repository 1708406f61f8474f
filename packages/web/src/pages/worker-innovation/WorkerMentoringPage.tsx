import { Empty, Flex, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { ActButton } from '../../components/ActButton.tsx';
import { aside } from '../../components/aside.ts';
import { CappedNotice } from '../../components/CappedNotice.tsx';
import { LoadGate } from '../../components/LoadError.tsx';
import { PhonePage } from '../../components/PhoneList.tsx';
import { useAct } from '../../components/useBusy.ts';
import { useLoad } from '../../components/useLoad.ts';
import { type MyMentoring, mentoringApi } from '../innovation/mentoring/mentoring-api.ts';

/** Worker (apprentice, phone): answer mentoring invitations and confirm the sessions attended. */
export default function WorkerMentoringPage() {
  const { t } = useTranslation();
  const mine = useLoad(() => mentoringApi.mine(), []);
  return (
    <PhonePage title={t('ip.worker.title')}>
      <LoadGate state={mine} what={t('ip.what.myMentoring')}>
        {(m) => <MentoringView m={m} reload={mine.reload} />}
      </LoadGate>
    </PhonePage>
  );
}

function MentoringView({ m, reload }: { m: MyMentoring; reload: () => Promise<void> }) {
  const { t } = useTranslation();
  const acts = useAct<string>(reload);
  const invited = m.pairs.filter((p) => p.status === 'invited');
  const paired = m.pairs.filter((p) => p.status === 'accepted');
  if (m.pairs.length === 0 && m.sessions.length === 0) return <Empty description={t('ip.worker.none')} />;
  return (
    <>
      {invited.map((p) => (
        <div className="wp-card" key={p.id} data-testid="mentoring-invitation">
          <div className="wp-card-name">{t('ip.worker.invitations')}</div>
          <div>{t('ip.worker.invitedBy', { master: p.masterName, studio: p.studioName, year: p.year })}</div>
          <div className="wp-muted">
            {p.unionName} · {t(`ip.apprenticeKind.${p.apprenticeKind}`)}
          </div>
          <Flex gap={8}>
            <ActButton
              type="primary"
              block
              size="large"
              acts={acts}
              on={`a${p.id}`}
              run={() => mentoringApi.accept(p.id)}
              done={t('ip.worker.accepted')}
              data-testid="mentoring-accept"
            >
              {t('ip.worker.accept')}
            </ActButton>
            <ActButton
              block
              size="large"
              acts={acts}
              on={`d${p.id}`}
              run={() => mentoringApi.decline(p.id)}
              done={t('ip.worker.declined')}
            >
              {t('ip.worker.decline')}
            </ActButton>
          </Flex>
        </div>
      ))}
      {paired.length > 0 && (
        <div className="wp-card">
          <div className="wp-card-name">{t('ip.worker.pairs')}</div>
          {paired.map((p) => (
            <div key={p.id} data-testid="mentoring-pair">
              {p.year} · {p.masterName}
              {aside(p.studioName)}
            </div>
          ))}
        </div>
      )}
      <div className="wp-title">{t('ip.worker.sessions')}</div>
      {m.sessions.length === 0 && <Empty description={t('ip.worker.noSessions')} />}
      <CappedNotice list={{ items: m.sessions, total: m.sessionsTotal }} plain />
      {m.sessions.map((s) => (
        <div className="wp-card" key={s.id} data-testid="mentoring-session">
          <div className="wp-card-head">
            <div className="wp-card-name">{s.topic}</div>
            <Tag color={s.confirmed ? 'green' : 'gold'}>
              {s.confirmed ? t('ip.worker.confirmed') : t(`ip.sessionKind.${s.kind}`)}
            </Tag>
          </div>
          <div className="wp-muted">
            {s.heldOn} · {s.masterName} · {t('ip.worker.hours', { hours: s.hours })}
          </div>
          {!s.confirmed && (
            <ActButton
              type="primary"
              block
              size="large"
              acts={acts}
              on={`c${s.id}`}
              run={() => mentoringApi.confirm(s.id)}
              done={t('ip.worker.confirmedToast')}
              data-testid="mentoring-confirm"
            >
              {t('ip.worker.confirm')}
            </ActButton>
          )}
        </div>
      ))}
    </>
  );
}
