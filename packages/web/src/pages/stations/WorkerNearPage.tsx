import { useTranslation } from 'react-i18next';
import { PhonePage } from '../../components/PhoneList.tsx';
import { NearStations } from './PublicStationsPage.tsx';

/**
 * The worker's 附近驿站 (from 服务): the stations near a place inside the worker's phone frame, its tabs below and the
 * layout's way back to 服务 above, where the link opened the public page and left the worker's app.
 */
export default function WorkerNearPage() {
  const { t } = useTranslation();
  return (
    <PhonePage title={t('st.public.title')} testId="st-near">
      <NearStations />
    </PhonePage>
  );
}
