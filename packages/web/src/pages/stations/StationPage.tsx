import { Flex } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../auth/session.tsx';
import { useFeedback } from '../../components/feedback.ts';
import { RecordPage } from '../../components/RecordPage.tsx';
import { StationForm } from './StationForm.tsx';
import { type Dialog, InspectDialog, ReceiveDialog, ServiceDialog } from './StationPage.dialogs.tsx';
import { StationHead } from './StationPage.head.tsx';
import { InspectionsCard, PhotosCard, StockCard, VisitsCard } from './StationPage.records.tsx';
import { type StationDetail, stationsApi } from './stations-api.ts';

/** Staff: a station — its QR code, stock, visits and services, inspections, photos; edit it. */
export default function StationPage() {
  const { t } = useTranslation();
  return (
    <RecordPage load={stationsApi.get} what={t('st.what.station')} title={(s) => s.name}>
      {(s, { reload }) => <Detail s={s} reload={reload} />}
    </RecordPage>
  );
}

function Detail({ s, reload }: { s: StationDetail; reload: () => Promise<void> }) {
  const { t } = useTranslation();
  const { can } = useSession();
  const feedback = useFeedback();
  const [dialog, setDialog] = useState<Dialog>(null);
  const write = can('stations.write');
  const done = async (text: string) => {
    setDialog(null);
    feedback.success(text);
    await reload();
  };
  return (
    <Flex vertical gap={16}>
      <StationHead s={s} write={write} setDialog={setDialog} done={done} />
      <StockCard s={s} write={write} setDialog={setDialog} />
      <VisitsCard s={s} />
      <InspectionsCard s={s} write={write} setDialog={setDialog} done={done} />
      <PhotosCard s={s} write={write} done={done} />

      <StationForm
        open={dialog === 'edit'}
        station={s}
        onClose={() => setDialog(null)}
        onSaved={() => done(t('st.detail.saved'))}
      />
      {dialog === 'receive' && (
        <ReceiveDialog s={s} onClose={() => setDialog(null)} onDone={() => done(t('st.detail.received'))} />
      )}
      {dialog === 'service' && (
        <ServiceDialog s={s} onClose={() => setDialog(null)} onDone={() => done(t('st.detail.recorded'))} />
      )}
      {dialog === 'inspect' && (
        <InspectDialog s={s} onClose={() => setDialog(null)} onDone={() => done(t('st.detail.inspected'))} />
      )}
    </Flex>
  );
}
