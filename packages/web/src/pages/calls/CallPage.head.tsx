import { Button, Card, Descriptions, Flex, Popconfirm, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { aside } from '../../components/aside.ts';
import { useAct } from '../../components/useBusy.ts';
import { type CallDetail, callsApi } from './calls-api.ts';

/** A call's head: what it is and its window, and the buttons of who may submit for workers, publish, or show it. */
export function CallHead({
  call,
  reload,
  onSubmitFor,
}: {
  call: CallDetail;
  reload: () => void;
  onSubmitFor: () => void;
}) {
  const { t } = useTranslation();
  const { act, busy } = useAct(reload);
  return (
    <Card
      title={call.title}
      extra={
        <Flex gap={8}>
          {call.canReview && call.open && (
            <Button onClick={onSubmitFor} data-testid="call-submit-for">
              {t('calls.detail.submitFor')}
            </Button>
          )}
          {call.canJudge && !call.publishedOn && (
            <Popconfirm
              title={t('calls.detail.publishConfirm')}
              onConfirm={() => act('publish', () => callsApi.publish(call.id), t('calls.detail.published'))}
            >
              <Button type="primary" loading={busy === 'publish'} data-testid="call-publish">
                {t('calls.detail.publish')}
              </Button>
            </Popconfirm>
          )}
          {call.publishedOn && call.gallery === 'public' && (
            <Button href={`/gallery/${call.id}`} target="_blank" data-testid="call-gallery-link">
              {t('calls.detail.galleryLink')}
            </Button>
          )}
        </Flex>
      }
    >
      <Descriptions size="small" column={{ xs: 1, md: 2, xl: 3 }}>
        <Descriptions.Item label={t('calls.field.union')}>{call.orgName}</Descriptions.Item>
        <Descriptions.Item label={t('calls.field.window')}>
          {call.opensOn} — {call.closesOn}
        </Descriptions.Item>
        <Descriptions.Item label={t('calls.field.perWorker')}>{call.perWorker}</Descriptions.Item>
        <Descriptions.Item label={t('calls.field.categories')}>
          {call.categories.map((k) => (
            <Tag key={k.id}>
              {k.name}
              {aside(t(`calls.kind.${k.kind}`))}
            </Tag>
          ))}
        </Descriptions.Item>
        <Descriptions.Item label={t('calls.field.gallery')}>
          {t(`calls.gallery.${call.gallery}`)}
        </Descriptions.Item>
        <Descriptions.Item label={t('calls.field.published')}>
          {call.publishedOn ?? t('calls.field.unpublished')}
        </Descriptions.Item>
        {call.description && (
          <Descriptions.Item label={t('calls.field.description')} span="filled">
            {call.description}
          </Descriptions.Item>
        )}
      </Descriptions>
    </Card>
  );
}
