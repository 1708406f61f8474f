import { Button, Card, Descriptions, Empty, Flex, Image, QRCode, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, fileForm, unwrap } from '../../api/client.ts';
import { useSession } from '../../auth/session.tsx';
import { aside } from '../../components/aside.ts';
import { DayConfirm } from '../../components/DayDialog.tsx';
import { FileButton } from '../../components/FileButton.tsx';
import { formatFen } from '../../components/format.ts';
import type { Acts } from '../../components/useBusy.ts';
import { RuleText } from '../programs/RuleVocabulary.tsx';
import type { Rule } from '../programs/rule-vocabulary.ts';
import { type ActivityDetail, activitiesApi, activityState, sessionText } from './activities-api.ts';

/** The address a worker's phone opens from the session's QR code to check in (the code travels in the query). */
export const checkInUrl = (code: string) =>
  `${window.location.origin}/m/activities?code=${encodeURIComponent(code)}`;

/** The activity's particulars; a manager may cancel it (on a past day too). */
export function ActivityHead({
  a,
  manage,
  acts: { act, busy },
}: {
  a: ActivityDetail;
  manage: boolean;
  /** The page's actions (`useAct`), one at a time. */
  acts: Acts;
}) {
  const { t } = useTranslation();
  return (
    <Card
      title={
        <Space>
          {a.title}
          <Tag>{t(`act.kind.${a.kind}`)}</Tag>
          {a.status === 'cancelled' && <Tag color="red">{t('act.detail.cancelled')}</Tag>}
          {activityState(a) === 'ended' && <Tag data-testid="act-ended">{t('act.state.ended')}</Tag>}
        </Space>
      }
      extra={
        // an activity over is not cancelled: what happened is recorded
        manage &&
        !a.ended && (
          <DayConfirm
            title={t('act.detail.cancelConfirm')}
            dayTestId="act-cancel-day"
            okTestId="act-cancel-ok"
            danger
            onConfirm={(cancelDay) =>
              act('cancel', () => activitiesApi.cancel(a.id, cancelDay), t('act.detail.cancelled'))
            }
          >
            <Button danger loading={busy === 'cancel'} data-testid="act-cancel">
              {t('act.detail.cancel')}
            </Button>
          </DayConfirm>
        )
      }
    >
      <Descriptions size="small" column={{ xs: 1, md: 2 }} bordered>
        <Descriptions.Item label={t('act.field.union')}>{a.orgName}</Descriptions.Item>
        <Descriptions.Item label={t('act.field.place')}>{a.place}</Descriptions.Item>
        <Descriptions.Item label={t('act.field.session')}>
          {a.sessions.map((s) => sessionText(s, a.dayOnly)).join(t('common.clauseSep'))}
        </Descriptions.Item>
        <Descriptions.Item label={t('act.field.signup')}>
          {a.signupFrom} — {a.signupUntil}
        </Descriptions.Item>
        <Descriptions.Item label={t('act.field.places')}>
          <span data-testid="act-taken">{`${a.taken}/${a.places}`}</span>
          {aside(`${t('act.field.waiting')} ${a.waiting}`)}
        </Descriptions.Item>
        <Descriptions.Item label={t('act.field.fee')}>
          {a.feeFen ? formatFen(a.feeFen) : t('act.field.free')}
        </Descriptions.Item>
        {a.quotas.length > 0 && (
          <Descriptions.Item label={t('act.detail.quotas')} span={2}>
            <Flex gap={12} wrap data-testid="act-quotas">
              {a.quotas.map((q) => (
                <Tag key={q.orgId}>
                  {q.orgName} {q.taken}/{q.places}
                </Tag>
              ))}
              <Tag>
                {t('act.detail.shared')} {a.taken - a.quotas.reduce((n, q) => n + q.taken, 0)}/
                {a.places - a.quotas.reduce((n, q) => n + q.places, 0)}
              </Tag>
            </Flex>
          </Descriptions.Item>
        )}
        {a.rule && (
          <Descriptions.Item label={t('act.field.rule')} span={2}>
            <RuleText rule={a.rule as Rule} />
          </Descriptions.Item>
        )}
        {a.pairs !== null && (
          <Descriptions.Item label={t('act.mixer.pairs')}>
            <span data-testid="act-pairs">{a.pairs}</span>
          </Descriptions.Item>
        )}
        {a.noShowLimit > 0 && (
          <Descriptions.Item label={t('act.field.noShow')}>
            {t('act.field.noShowHint', { n: a.noShowLimit, days: a.noShowDays })}
          </Descriptions.Item>
        )}
      </Descriptions>
    </Card>
  );
}

/** The door codes of the sessions, each with its QR code for workers' phones. */
export function CodesCard({ a }: { a: ActivityDetail }) {
  const { t } = useTranslation();
  return (
    <Card title={t('act.detail.codes')}>
      <Typography.Paragraph type="secondary">{t('act.detail.codeHint')}</Typography.Paragraph>
      <Flex gap={24} wrap>
        {a.codes.map((c) => (
          <div key={c.id}>
            <Typography.Text type="secondary">
              {sessionText(a.sessions.find((s) => s.id === c.id) ?? { startsAt: '', endsAt: '' }, a.dayOnly)}
            </Typography.Text>
            <div className="act-code" data-testid={`act-code-${c.id}`}>
              {c.code}
            </div>
            <QRCode value={checkInUrl(c.code)} size={180} bordered={false} />
          </div>
        ))}
      </Flex>
    </Card>
  );
}

/** The activity's photos; added once its last session has ended. */
export function PhotosCard({
  a,
  finished,
  acts: { act, busy },
}: {
  a: ActivityDetail;
  finished: boolean;
  acts: Acts;
}) {
  const { t } = useTranslation();
  const { can } = useSession();
  return (
    <Card
      title={t('act.detail.photos')}
      extra={
        can('activities.manage') &&
        a.codes.length > 0 &&
        finished && (
          <FileButton
            accept="image/jpeg,image/png"
            onFile={(file) =>
              act(
                'photo',
                () =>
                  unwrap(
                    api.POST('/api/activities/{id}/photos', {
                      params: { path: { id: a.id } },
                      body: fileForm(file),
                    }),
                  ),
                t('act.detail.photoAdded'),
              )
            }
            waiting={busy !== null}
            loading={busy === 'photo'}
            testId="act-photo-add"
          >
            {t('act.detail.addPhoto')}
          </FileButton>
        )
      }
    >
      {a.photos.length ? (
        <Image.PreviewGroup>
          <Flex gap={8} wrap data-testid="act-photos">
            {a.photos.map((p) => (
              <Image
                key={p}
                width={160}
                height={120}
                style={{ objectFit: 'cover' }}
                src={activitiesApi.photoUrl(a.id, p)}
              />
            ))}
          </Flex>
        </Image.PreviewGroup>
      ) : (
        <Empty description={finished ? t('act.detail.noPhotos') : t('act.detail.photosHint')} />
      )}
    </Card>
  );
}
