import { DownloadOutlined } from '@ant-design/icons';
import { Button, Flex, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../auth/session.tsx';
import { today } from '../../components/dates.ts';
import { NewButton } from '../../components/NewButton.tsx';
import { PagedTable } from '../../components/PagedTable.tsx';
import { useLoad } from '../../components/useLoad.ts';
import { type CampaignDetail, careApi, type Visit } from './care-api.ts';
import { VisitDrawer } from './VisitDrawer.tsx';
import { VisitFormModal } from './VisitFormModal.tsx';
import { visitColumns } from './visit-columns.tsx';
import { visitsOpenOn } from './visit-days.ts';

/** The campaign's visits (of my subtree), with logging a new one and each visit's detail. */
export function VisitsPanel({
  detail,
  onChanged,
}: {
  detail: CampaignDetail;
  onChanged: () => Promise<void>;
}) {
  const { t } = useTranslation();
  const { can } = useSession();
  const campaignId = detail.campaign.id;
  const [page, setPage] = useState(1);
  const [logging, setLogging] = useState(false);
  const [open, setOpen] = useState<number | null>(null);
  const opensOn = visitsOpenOn(detail.campaign, today());
  const list = useLoad(() => careApi.visits({ campaignId, page, pageSize: 20 }), [campaignId, page]);
  const changed = async () => {
    await Promise.all([list.reload(), onChanged()]);
  };
  return (
    <Flex vertical gap={12}>
      <Flex gap={8} align="center" wrap>
        {can('care.write') && (
          <NewButton onClick={() => setLogging(true)} disabled={opensOn !== null} testId="care-visit-new">
            {t('care.detail.logVisit')}
          </NewButton>
        )}
        <Button
          icon={<DownloadOutlined />}
          href={`/api/care/visits.xlsx?campaignId=${campaignId}`}
          data-testid="care-visits-export"
        >
          {t('care.detail.exportVisits')}
        </Button>
        {can('care.write') && opensOn && (
          <Typography.Text type="secondary">{t('care.detail.notStarted', { day: opensOn })}</Typography.Text>
        )}
      </Flex>
      <PagedTable<Visit>
        list={list}
        page={page}
        pageSize={20}
        onPage={setPage}
        what={t('care.what.visits')}
        empty={t('care.visit.empty')}
        scroll={{ x: 1000 }}
        data-testid="care-visits"
        onRow={(v) => ({ onClick: () => setOpen(v.id), style: { cursor: 'pointer' } })}
        columns={visitColumns(t, setOpen)}
      />
      {logging && (
        <VisitFormModal
          detail={detail}
          onClose={() => setLogging(false)}
          onSaved={async (id) => {
            setLogging(false);
            await changed();
            setOpen(id);
          }}
        />
      )}
      {open !== null && <VisitDrawer id={open} onClose={() => setOpen(null)} onChanged={changed} />}
    </Flex>
  );
}
