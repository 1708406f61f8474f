import { DownloadOutlined, SyncOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, Flex, Space, Tooltip, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { useSession } from '../../auth/session.tsx';
import { DayPicker } from '../../components/DayPicker.tsx';
import { fromDay, today } from '../../components/dates.ts';
import { useFeedback } from '../../components/feedback.ts';
import { formatCount, formatFen } from '../../components/format.ts';
import { LoadGate } from '../../components/LoadError.tsx';
import { useSaving } from '../../components/useBusy.ts';
import { useLoad } from '../../components/useLoad.ts';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { ChangesCard } from './ChangesCard.tsx';
import { insuranceApi, type PolicyDetail } from './insurance-api.ts';
import { ClaimsCard } from './PolicyClaims.tsx';
import { policyPremium } from './policy-premium.ts';

/** Staff: a policy — premium due by days of cover, sync with the register, the insurer's list, its claims. */
export default function PolicyPage() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const policy = useLoad(() => insuranceApi.policy(id), [id]);
  const claims = useLoad(() => insuranceApi.claims({ policyId: id }), [id]);
  usePageTitle(policy.data?.title ?? t('ins.what.policy'));
  const reload = () => {
    policy.reload();
    claims.reload();
  };
  return (
    <LoadGate state={policy} what={t('ins.what.policy')}>
      {(p) => (
        <Flex vertical gap={16}>
          <PolicyCard p={p} onChanged={reload} />
          {p.recordedInsured === null && <ChangesCard p={p} />}
          <ClaimsCard p={p} claims={claims} onChanged={reload} />
        </Flex>
      )}
    </LoadGate>
  );
}

function PolicyCard({ p, onChanged }: { p: PolicyDetail; onChanged: () => void }) {
  const { t } = useTranslation();
  const { can } = useSession();
  const feedback = useFeedback();
  const [on, setOn] = useState<Dayjs | null>(() => {
    const now = dayjs(today());
    return now.isAfter(dayjs(p.endsOn))
      ? dayjs(p.endsOn)
      : now.isBefore(dayjs(p.startsOn))
        ? dayjs(p.startsOn)
        : now;
  });
  const { busy, run: whileBusy } = useSaving();
  const sync = async () => {
    if (!on) return;
    await whileBusy(async () => {
      const r = await insuranceApi.sync(p.id, fromDay(on) as string);
      feedback.success(t('ins.detail.syncDone', r));
      onChanged();
    });
  };
  return (
    <Card
      title={p.title}
      extra={
        <Space wrap>
          <Button icon={<DownloadOutlined />} href={insuranceApi.insuredUrl(p.id)}>
            {t('ins.detail.export')}
          </Button>
          {can('people.reveal_id') && (
            <Button icon={<DownloadOutlined />} href={insuranceApi.insuredUrl(p.id, true)}>
              {t('ins.detail.exportFull')}
            </Button>
          )}
        </Space>
      }
    >
      <Descriptions column={{ xs: 1, md: 2 }} size="small" bordered>
        <Descriptions.Item label={t('ins.field.union')}>{p.orgName}</Descriptions.Item>
        <Descriptions.Item label={t('ins.field.insurer')}>{p.insurer}</Descriptions.Item>
        <Descriptions.Item label={t('ins.field.policyNo')}>{p.policyNo}</Descriptions.Item>
        <Descriptions.Item label={t('ins.field.period')}>
          {p.startsOn} — {p.endsOn}
        </Descriptions.Item>
        <Descriptions.Item
          label={t(policyPremium(p).per === 'policy' ? 'ins.field.premiumTotal' : 'ins.field.premium')}
        >
          <span data-testid="ins-premium">{formatFen(policyPremium(p).fen)}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('ins.field.cover')}>{p.cover}</Descriptions.Item>
        <Descriptions.Item label={t('ins.field.payer')}>{t(`ins.payer.${p.payer}`)}</Descriptions.Item>
        {p.recordedInsured !== null ? (
          <>
            <Descriptions.Item label={t('ins.detail.due')}>
              {t('ins.detail.recorded', {
                insured: formatCount(p.recordedInsured),
                premium: formatFen(p.recordedPremiumFen ?? 0),
              })}
            </Descriptions.Item>
            <Descriptions.Item label={t('ins.field.insuredOn', { date: p.asOf })}>
              <span data-testid="ins-insured-now">{formatCount(p.insuredNow)}</span>
            </Descriptions.Item>
          </>
        ) : (
          <>
            <Descriptions.Item label={t('ins.detail.people')}>{formatCount(p.people)}</Descriptions.Item>
            <Descriptions.Item label={t('ins.field.insuredOn', { date: p.asOf })}>
              <span data-testid="ins-insured-now">{formatCount(p.insuredNow)}</span>
            </Descriptions.Item>
            <Descriptions.Item label={t('ins.detail.personDays')}>
              {formatCount(p.personDays)}
            </Descriptions.Item>
            <Descriptions.Item
              label={<Tooltip title={t('ins.detail.dueHint')}>{t('ins.detail.due')}</Tooltip>}
            >
              <strong data-testid="ins-due">{formatFen(p.dueFen)}</strong>
            </Descriptions.Item>
          </>
        )}
      </Descriptions>
      {can('insurance.write') && p.recordedInsured === null && (
        <Space style={{ marginTop: 12 }} wrap>
          <Typography.Text>{t('ins.detail.syncOn')}</Typography.Text>
          <DayPicker
            value={on}
            onChange={(d) => setOn(d)}
            disabledDate={(d) => d.isBefore(dayjs(p.startsOn)) || d.isAfter(dayjs(p.endsOn))}
          />
          <Button icon={<SyncOutlined />} loading={busy} onClick={() => void sync()} data-testid="ins-sync">
            {t('ins.detail.sync')}
          </Button>
        </Space>
      )}
    </Card>
  );
}
