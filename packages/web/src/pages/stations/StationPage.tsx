import { Flex } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { useSession } from '../../auth/session.tsx';
import { useFeedback } from '../../components/feedback.ts';
import { LoadGate } from '../../components/LoadError.tsx';
import { useLoad } from '../../components/useLoad.ts';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { StationForm } from './StationForm.tsx';
import { type Dialog, InspectDialog, ReceiveDialog, ServiceDialog } from './StationPage.dialogs.tsx';
import { StationHead } from './StationPage.head.tsx';
import { InspectionsCard, PhotosCard, StockCard, VisitsCard } from './StationPage.records.tsx';
import { type StationDetail, stationsApi } from './stations-api.ts';

/** Staff: a station — its QR code, stock, visits and services, inspections, photos; edit it. */
export default function StationPage() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const s = useLoad(() => stationsApi.get(id), [id]);
  usePageTitle(s.data?.name ?? t('st.what.station'));
  return (
    <LoadGate state={s} what={t('st.what.station')}>
      {(x) => <Detail s={x} reload={s.reload} />}
    </LoadGate>
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
