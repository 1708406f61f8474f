import { Button, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatFen } from '../../components/format.ts';
import { PhoneList, PhonePage } from '../../components/PhoneList.tsx';
import { useAct } from '../../components/useBusy.ts';
import { useLoad } from '../../components/useLoad.ts';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { careApi, type MyVisit } from './care-api.ts';
import { goodsText } from './visit-columns.tsx';

/** Worker (phone): the visits to me, each confirmed once with one tap. */
export default function WorkerVisitsPage() {
  const { t } = useTranslation();
  usePageTitle(t('care.worker.title'));
  const mine = useLoad(() => careApi.myVisits(), []);
  return (
    <PhonePage title={t('care.worker.title')}>
      <PhoneList state={mine} what={t('care.what.myVisits')} empty={t('care.worker.none')}>
        {(items) => <VisitCards items={items} reload={mine.reload} />}
      </PhoneList>
    </PhonePage>
  );
}

function VisitCards({ items, reload }: { items: readonly MyVisit[]; reload: () => Promise<void> }) {
  const { t } = useTranslation();
  const { busy, act } = useAct<number>(reload);
  const confirm = (id: number) => act(id, () => careApi.confirm(id), t('care.worker.confirmedToast'));
  return (
    <>
      {items.map((v) => (
        <div className="wp-card" key={v.id} data-testid="care-my-visit">
          <div className="wp-card-head">
            <div className="wp-card-name">{v.campaign ?? t('care.tab')}</div>
            <Tag color={v.confirmedAt ? 'green' : 'gold'}>
              {v.confirmedAt ? t('care.worker.confirmed') : t('care.visit.unconfirmed')}
            </Tag>
          </div>
          <div className="wp-muted">{t('care.worker.from', { union: v.orgName, date: v.visitedOn })}</div>
          {v.visitors && <div>{t('care.worker.visitors', { visitors: v.visitors })}</div>}
          {goodsText(v) && <div>{goodsText(v)}</div>}
          {v.grantFen > 0 && <div>{t('care.worker.grant', { amount: formatFen(v.grantFen) })}</div>}
          {v.confirmedAt ? (
            <div className="wp-muted">{t('care.worker.confirmedAt', { at: v.confirmedAt })}</div>
          ) : (
            <Button
              type="primary"
              block
              size="large"
              loading={busy === v.id}
              onClick={() => confirm(v.id)}
              data-testid="care-confirm"
            >
              {t('care.worker.confirm')}
            </Button>
          )}
        </div>
      ))}
    </>
  );
}
