import { HeartFilled, HeartOutlined } from '@ant-design/icons';
import { Button, Drawer, Empty, Flex, Skeleton, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { CappedNotice } from '../../components/CappedNotice.tsx';
import { LoadError } from '../../components/LoadError.tsx';
import { useBusy } from '../../components/useBusy.ts';
import { useLoad } from '../../components/useLoad.ts';
import { activitiesApi } from './activities-api.ts';

/**
 * A 联谊 participant's phone: the other participants by first name and union; a heart marks interest, which the other
 * never learns unless they marked back — then both see each other's full name.
 */
export function MixerParticipants({ activityId, onClose }: { activityId: number; onClose: () => void }) {
  const { t } = useTranslation();
  const list = useLoad(() => activitiesApi.participants(activityId), [activityId]);
  const { busy, run } = useBusy<number>();
  const toggle = (signupId: number, interested: boolean) =>
    run(
      signupId,
      async () => {
        const r = await activitiesApi.setInterest(activityId, signupId, interested);
        return r.mutual ? t('act.mixer.mutualNow') : undefined;
      },
      () => void list.reload(),
    );
  return (
    <Drawer open placement="bottom" size="large" title={t('act.mixer.title')} onClose={onClose}>
      <Typography.Paragraph type="secondary">{t('act.mixer.hint')}</Typography.Paragraph>
      {list.error ? (
        <LoadError error={list.error} retry={list.reload} what={t('act.mixer.title')} />
      ) : !list.data ? (
        <Skeleton active />
      ) : list.data.items.length === 0 ? (
        <Empty description={t('act.mixer.empty')} />
      ) : (
        <Flex vertical gap={8} data-testid="mixer-list">
          <CappedNotice list={list.data} plain />
          {list.data.items.map((p) => (
            <Flex key={p.signupId} justify="space-between" align="center" className="m-row">
              <div>
                <strong>{p.mutual ? p.fullName : p.name}</strong>
                <div>
                  <Typography.Text type="secondary">{p.orgName}</Typography.Text>
                </div>
                {p.mutual && <Tag color="magenta">{t('act.mixer.mutual')}</Tag>}
              </div>
              <Button
                size="large"
                className="m-touch"
                icon={p.marked ? <HeartFilled style={{ color: '#eb2f96' }} /> : <HeartOutlined />}
                loading={busy === p.signupId}
                disabled={p.mutual}
                onClick={() => void toggle(p.signupId, !p.marked)}
                aria-label={p.marked ? t('act.mixer.unmark') : t('act.mixer.mark')}
              >
                {p.marked ? t('act.mixer.marked') : t('act.mixer.mark')}
              </Button>
            </Flex>
          ))}
        </Flex>
      )}
    </Drawer>
  );
}
