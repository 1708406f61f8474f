import { QRCode } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatTime } from '../../components/dates.ts';
import { LoadError, Loading } from '../../components/LoadError.tsx';
import { useLoad } from '../../components/useLoad.ts';
import { meApi } from './me-api.ts';

/** The worker's pickup code of a granted in-kind claim: a QR and the digits, with the place and time. */
export function PickupCode({ applicationId }: { applicationId: number }) {
  const { t } = useTranslation();
  const loaded = useLoad(() => meApi.pickup(applicationId), [applicationId]);
  if (loaded.error)
    return <LoadError error={loaded.error} retry={loaded.reload} what={t('wp.claims.pickup.show')} />;
  const p = loaded.data;
  if (!p) return <Loading />;
  const spaced = `${p.code.slice(0, 4)} ${p.code.slice(4)}`;
  return (
    <div className="wp-pickup" data-testid="pickup-code">
      {p.redeemedAt ? (
        <div className="wp-result info">
          {t('wp.claims.pickup.redeemed', { at: formatTime(p.redeemedAt) })}
        </div>
      ) : (
        <>
          <QRCode value={p.code} size={180} bordered={false} />
          <div className="wp-pickup-digits" data-testid="pickup-digits">
            {spaced}
          </div>
          <div className="wp-muted">{t('wp.claims.pickup.hint')}</div>
        </>
      )}
      <div>
        <span className="wp-muted">{t('wp.claims.pickup.place')} </span>
        {p.place ?? t('wp.claims.pickup.asAnnounced')}
      </div>
      <div>
        <span className="wp-muted">{t('wp.claims.pickup.time')} </span>
        {p.time ?? t('wp.claims.pickup.asAnnounced')}
      </div>
    </div>
  );
}
