import { Empty, Image, Input, Tag, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { CappedNotice } from '../../components/CappedNotice.tsx';
import { formatFen } from '../../components/format.ts';
import { PhoneLoadState } from '../../components/LoadError.tsx';
import { PhoneButton } from '../../components/PhoneButton.tsx';
import { useBusy } from '../../components/useBusy.ts';
import { useLoad } from '../../components/useLoad.ts';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { activitiesApi, sessionText, signUpKey } from './activities-api.ts';
import { MixerParticipants } from './MixerParticipants.tsx';

/** The worker's activities on the phone: what is open to them, signing up and cancelling, checking in at the door. */
export default function WorkerActivitiesPage() {
  const { t } = useTranslation();
  usePageTitle(t('act.mine.title'));
  const list = useLoad(() => activitiesApi.mine(), []);
  const [code, setCode] = useState('');
  const { busy, run: runBusy } = useBusy<number | 'code'>();
  const [mixer, setMixer] = useState<number | null>(null);
  // opened from the session's QR code at the door: check in with the code it carries, once
  const [params, setParams] = useSearchParams();
  const fromQr = useRef(params.get('code'));
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs once, with the code the page was opened with
  useEffect(() => {
    const c = fromQr.current?.trim();
    fromQr.current = null;
    if (!c) return;
    setParams({}, { replace: true });
    void run('code', async () => {
      const r = await activitiesApi.checkInSelf(c);
      return r.already ? t('act.mine.already') : t('act.mine.checkedIn', { title: r.title });
    });
  }, []);
  const run = (key: number | 'code', fn: () => Promise<string>) => runBusy(key, fn, () => void list.reload());
  if (list.error || !list.data) return <PhoneLoadState state={list} what={t('act.what.mine')} />;
  return (
    <div data-testid="my-activities">
      <section className="m-card">
        <h2 className="m-card-title">{t('act.mine.checkIn')}</h2>
        <Input.Search
          size="large"
          value={code}
          inputMode="numeric"
          maxLength={6}
          placeholder={t('act.mine.codePlaceholder')}
          enterButton={t('act.mine.checkIn')}
          loading={busy === 'code'}
          onChange={(e) => setCode(e.target.value)}
          onSearch={(v) =>
            v.trim() &&
            run('code', async () => {
              const r = await activitiesApi.checkInSelf(v.trim());
              setCode('');
              return r.already ? t('act.mine.already') : t('act.mine.checkedIn', { title: r.title });
            })
          }
          data-testid="my-activity-code"
        />
      </section>
      <CappedNotice list={list.data} plain />
      {list.data.items.length === 0 && (
        <section className="m-card">
          <Empty description={t('act.mine.empty')} />
        </section>
      )}
      {list.data.items.map((a) => (
        <section key={a.id} className="m-card" data-testid={`my-activity-${a.id}`}>
          <h2 className="m-card-title">
            {a.title} <Tag>{t(`act.kind.${a.kind}`)}</Tag>
            {a.ended && <Tag data-testid={`my-activity-ended-${a.id}`}>{t('act.state.ended')}</Tag>}
          </h2>
          <div>{a.orgName}</div>
          <div>{a.place}</div>
          {a.sessions.map((s) => (
            <div key={s.id}>{sessionText(s, a.dayOnly)}</div>
          ))}
          <div>
            {a.feeFen ? formatFen(a.feeFen) : t('act.field.free')} ·{' '}
            {t('act.mine.left', { n: Math.max(a.places - a.taken, 0) })}
          </div>
          {/* what it is and until when one may sign up: a worker decides on the card alone */}
          {a.description && (
            <div style={{ whiteSpace: 'pre-wrap', marginTop: 4 }} data-testid={`my-activity-about-${a.id}`}>
              {a.description}
            </div>
          )}
          {!a.ended && !a.my && (
            <Typography.Text type="secondary" data-testid={`my-activity-until-${a.id}`}>
              {t('act.mine.signupUntil', { day: a.signupUntil })}
            </Typography.Text>
          )}
          {a.photos.length > 0 && (
            <Image.PreviewGroup>
              <div className="m-photos" data-testid={`my-activity-photos-${a.id}`}>
                {a.photos.map((p) => (
                  <Image
                    key={p}
                    width={96}
                    height={72}
                    style={{ objectFit: 'cover' }}
                    src={activitiesApi.myPhotoUrl(a.id, p)}
                    alt={t('act.mine.photos')}
                  />
                ))}
              </div>
            </Image.PreviewGroup>
          )}
          {/* over (its last session ended, or its day passed): nothing left to sign up for or cancel */}
          <div style={{ marginTop: 8 }} hidden={a.ended}>
            {a.my ? (
              <>
                <Tag
                  color={a.my.status === 'confirmed' ? 'green' : 'gold'}
                  data-testid={`my-activity-status-${a.id}`}
                >
                  {a.my.status === 'confirmed'
                    ? t('act.mine.signedUp')
                    : t('act.mine.waiting', { n: a.my.position })}
                </Tag>
                <PhoneButton
                  style={{ marginTop: 8 }}
                  loading={busy === a.id}
                  onClick={() =>
                    run(a.id, async () => {
                      await activitiesApi.cancelSelf(a.id);
                      return t('act.mine.cancelled');
                    })
                  }
                  data-testid={`my-activity-cancel-${a.id}`}
                >
                  {t('act.mine.cancel')}
                </PhoneButton>
                {a.kind === 'social' && a.my.status === 'confirmed' && (
                  <PhoneButton
                    style={{ marginTop: 8 }}
                    onClick={() => setMixer(a.id)}
                    data-testid={`my-activity-mixer-${a.id}`}
                  >
                    {t('act.mixer.open')}
                  </PhoneButton>
                )}
              </>
            ) : (
              <PhoneButton
                type="primary"
                loading={busy === a.id}
                onClick={() =>
                  run(a.id, async () => {
                    const r = await activitiesApi.signUpSelf(a.id);
                    return r.status === 'confirmed' ? t('act.mine.signedUp') : t('act.mine.waitingShort');
                  })
                }
                data-testid={`my-activity-sign-up-${a.id}`}
              >
                {t(signUpKey(a))}
              </PhoneButton>
            )}
          </div>
        </section>
      ))}
      {mixer !== null && <MixerParticipants activityId={mixer} onClose={() => setMixer(null)} />}
    </div>
  );
}
