import { CheckCircleFilled } from '@ant-design/icons';
import { Alert, Button, Flex, List, Select, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, errorMessage, unwrap } from '../../api/client.ts';
import type { Answer } from '../../api/types.ts';
import { CappedNotice } from '../../components/CappedNotice.tsx';
import { useLoad } from '../../components/useLoad.ts';
import { activitiesApi, sessionText } from '../activities/activities-api.ts';

/** What the one scanner page does with a scanned card: check it, check its holder in, or hand over their pickups. */
export type Purpose = 'verify' | 'activity' | 'pickup';

export type DoorResult = Answer<'/api/activities/{id}/sessions/{sessionId}/checkin-card', 'post'>;
type Pickups = Answer<'/api/card/pickups', 'post'>['pickups'];
type Redeemed = Answer<'/api/claims/pickup/redeem', 'post'>;

/** The activity and session a door scans cards into (the open activities of the user's union). */
export function DoorPicker({
  value,
  onChange,
}: {
  value: { activityId: number; sessionId: number } | null;
  onChange: (v: { activityId: number; sessionId: number } | null) => void;
}) {
  const { t } = useTranslation();
  const list = useLoad(() => activitiesApi.list({ status: 'open', pageSize: 200 }), []);
  const open = list.data?.items ?? [];
  const current = open.find((a) => a.id === value?.activityId);
  return (
    <Flex gap={8} wrap>
      <CappedNotice list={list.data} plain />
      <Select
        style={{ minWidth: 260, flex: 1 }}
        loading={!list.data && !list.error}
        placeholder={t('card.scan.door.activity')}
        value={value?.activityId}
        onChange={(id: number) => {
          const a = open.find((x) => x.id === id);
          onChange(a?.sessions[0] ? { activityId: id, sessionId: a.sessions[0].id } : null);
        }}
        options={open.map((a) => ({ value: a.id, label: a.title }))}
        notFoundContent={list.error ? errorMessage(list.error) : t('card.scan.door.none')}
        data-testid="scan-activity"
      />
      {current && current.sessions.length > 1 && (
        <Select
          style={{ minWidth: 220 }}
          value={value?.sessionId}
          onChange={(sessionId: number) => onChange({ activityId: current.id, sessionId })}
          options={current.sessions.map((s) => ({ value: s.id, label: sessionText(s) }))}
        />
      )}
    </Flex>
  );
}

export function DoorLine({ result }: { result: DoorResult }) {
  const { t } = useTranslation();
  return (
    <Typography.Title level={4} type="success" style={{ margin: 0 }} data-testid="scan-door">
      <CheckCircleFilled />{' '}
      {result.already
        ? t('card.scan.door.already', { name: result.name })
        : result.walkIn
          ? t('card.scan.door.walkIn', { name: result.name })
          : t('card.scan.door.done', { name: result.name })}
    </Typography.Title>
  );
}

/** The holder's pickups: each handed over with the pickup desk's own redeem call, as if its code were typed. */
export function PickupList({ token }: { token: string }) {
  const { t } = useTranslation();
  const list = useLoad(() => unwrap(api.POST('/api/card/pickups', { body: { token } })), [token]);
  const [done, setDone] = useState<Record<number, Redeemed | string>>({});
  const redeem = async (p: Pickups[number]) => {
    try {
      const r = await unwrap(api.POST('/api/claims/pickup/redeem', { body: { code: p.code } }));
      setDone((d) => ({ ...d, [p.applicationId]: r }));
    } catch (err) {
      setDone((d) => ({ ...d, [p.applicationId]: errorMessage(err) }));
    }
  };
  if (list.error) return <Alert type="error" showIcon title={errorMessage(list.error)} />;
  return (
    <>
      <CappedNotice list={list.data && { items: list.data.pickups, total: list.data.pickupsTotal }} plain />
      <List<Pickups[number]>
        loading={!list.data}
        dataSource={list.data?.pickups ?? []}
        locale={{ emptyText: t('card.scan.pickup.none') }}
        data-testid="scan-pickups"
        renderItem={(p) => {
          const d = done[p.applicationId];
          return (
            <List.Item
              actions={[
                p.redeemedAt || (d && typeof d !== 'string') ? (
                  <Tag color="green" key="done">
                    {t('card.scan.pickup.redeemed')}
                  </Tag>
                ) : (
                  <Button key="go" type="primary" onClick={() => void redeem(p)}>
                    {t('card.scan.pickup.redeem')}
                  </Button>
                ),
              ]}
            >
              <List.Item.Meta
                title={p.programName}
                description={
                  typeof d === 'string' ? (
                    <Typography.Text type="danger">{d}</Typography.Text>
                  ) : (
                    p.ownerOrgName
                  )
                }
              />
            </List.Item>
          );
        }}
      />
    </>
  );
}
