import { Descriptions, Flex, List, Tabs, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router-dom';
import { DetailPage } from '../../components/DetailPage.tsx';
import { today } from '../../components/dates.ts';
import { EditHistory, type EditWords } from '../../components/EditHistory.tsx';
import { LoadState } from '../../components/LoadError.tsx';
import { formatFen } from '../../components/money.ts';
import { useLoad } from '../../components/useLoad.ts';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { CampaignEditModal } from './CampaignEditModal.tsx';
import { careApi } from './care-api.ts';
import { ReportPanel } from './ReportPanel.tsx';
import { StockPanel } from './StockPanel.tsx';
import { VisitsPanel } from './VisitsPanel.tsx';

type Tab = 'overview' | 'visits' | 'report' | 'edits';

/** Staff: one campaign — its steps and goods in stock, its visits, its report — as tabs kept in the address. */
export default function CampaignDetailPage() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const [params, setParams] = useSearchParams();
  const tab = (params.get('tab') as Tab | null) ?? 'overview';
  const detail = useLoad(() => careApi.campaign(id), [id]);
  usePageTitle(detail.data?.campaign.title ?? t('care.list.title'));
  if (!detail.data) return <LoadState state={detail} what={t('care.what.campaign')} />;
  const { campaign: c, steps, edits } = detail.data;
  const words: EditWords = {
    label: (field) => t(`care.field.${field === 'budgetFen' ? 'budget' : field}`),
    show: (field, value) => (field === 'budgetFen' ? formatFen(value as number) : String(value)),
  };

  return (
    <DetailPage
      title={c.title}
      titleTestId="care-title"
      back={{ to: '/care', label: t('care.detail.back') }}
      actions={
        detail.data.mayManage &&
        c.endsOn >= today() && <CampaignEditModal campaign={c} onDone={detail.reload} />
      }
      foot={
        <Tabs
          activeKey={tab}
          onChange={(key) => setParams(key === 'overview' ? {} : { tab: key })}
          items={[
            {
              key: 'overview',
              label: t('care.detail.overview'),
              children: (
                <Flex vertical gap={16}>
                  <Descriptions column={{ xs: 1, md: 3 }} size="small" bordered>
                    <Descriptions.Item label={t('care.field.union')}>{c.orgName}</Descriptions.Item>
                    <Descriptions.Item
                      label={t('care.field.period')}
                    >{`${c.startsOn} — ${c.endsOn}`}</Descriptions.Item>
                    <Descriptions.Item label={t('care.field.budget')}>
                      {formatFen(c.budgetFen)}
                    </Descriptions.Item>
                    {c.note && (
                      <Descriptions.Item label={t('care.field.note')} span="filled">
                        {c.note}
                      </Descriptions.Item>
                    )}
                  </Descriptions>
                  <List
                    header={<Typography.Text strong>{t('care.field.steps')}</Typography.Text>}
                    bordered
                    size="small"
                    dataSource={steps}
                    locale={{ emptyText: t('care.detail.noSteps') }}
                    renderItem={(s, i) => (
                      <List.Item extra={s.budgetFen > 0 ? formatFen(s.budgetFen) : undefined}>
                        <Flex gap={8} align="baseline">
                          <Typography.Text type="secondary">{i + 1}.</Typography.Text>
                          <Tag color="orange">{t(`care.stepKind.${s.kind}`)}</Tag>
                          <span>{s.title}</span>
                        </Flex>
                      </List.Item>
                    )}
                  />
                  <StockPanel
                    campaignId={id}
                    stock={detail.data.stock}
                    canWrite={detail.data.mayManage}
                    onChanged={detail.reload}
                  />
                </Flex>
              ),
            },
            {
              key: 'visits',
              label: t('care.detail.visits'),
              children: <VisitsPanel detail={detail.data} onChanged={detail.reload} />,
            },
            // the report is the running union's (and those above it): a union taking part is refused it
            ...(detail.data.mayReport
              ? [{ key: 'report', label: t('care.detail.report'), children: <ReportPanel campaignId={id} /> }]
              : []),
            {
              key: 'edits',
              label: t('edits.title'),
              children: <EditHistory edits={edits} words={words} testId="care-edits" />,
            },
          ]}
        />
      }
    />
  );
}
