import { AimOutlined, EnvironmentOutlined, PhoneOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Flex, List, Rate, Space, Tag, Typography } from 'antd';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { LoadGate } from '../../components/LoadError.tsx';
import { optionsOf } from '../../components/options.ts';
import { PhoneSelect } from '../../components/PhoneSelect.tsx';
import { PublicColumn } from '../../components/PhoneShell.tsx';
import { ShowMoreButton, useShownCount } from '../../components/ShowMore.tsx';
import { firstShown } from '../../components/shown-list.ts';
import { useLoad } from '../../components/useLoad.ts';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { BeijingMap } from './BeijingMap.tsx';
import { centreOf, districtName, wgs84ToGcj02 } from './beijing-districts.ts';
import { DistrictPicker } from './DistrictPicker.tsx';
import { distanceText, SERVICES, type Service, stationsApi } from './stations-api.ts';

/** The public page (no sign-in, for a phone): the stations near a place (`NearStations`) in a column of its own. */
export default function PublicStationsPage() {
  const { t } = useTranslation();
  usePageTitle(t('st.public.title'));
  return (
    <PublicColumn title={t('st.public.title')} testId="st-public">
      <NearStations />
    </PublicColumn>
  );
}

/**
 * Open stations near a place, filtered by service, on a map drawn from the shipped outlines of the districts;
 * sorted by distance from a district (chosen from the list above the map, or on the map) or from the phone's
 * position, the nearest 12 first and 12 more on each press of 显示更多 (all of Beijing's stations made a page some
 * 60,000 px tall). The public page and the worker's
 * phone page (/m/near, in the worker's frame) show it.
 */
export function NearStations({ footer }: { footer?: ReactNode }) {
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const service = (params.get('service') as Service | null) ?? undefined;
  const district = params.get('district') ?? undefined;
  const [here, setHere] = useState<[number, number] | null>(null);
  const [locating, setLocating] = useState<'idle' | 'busy' | 'failed'>('idle');
  const { shown, showMore, reset } = useShownCount();
  const from = here ?? (district ? centreOf(district) : undefined);
  const list = useLoad(
    () =>
      stationsApi.publicList({
        ...(service ? { service } : {}),
        ...(from ? { lng: from[0], lat: from[1] } : {}),
      }),
    [service, from?.[0], from?.[1]],
  );
  // another place or service: the nearest 12 of the new list first
  const [listed, setListed] = useState(list.data);
  if (listed !== list.data) {
    setListed(list.data);
    reset();
  }
  const near = list.data && firstShown(list.data.stations, shown);
  const setParam = (k: string, v: string | undefined) =>
    setParams((p) => {
      if (v) p.set(k, v);
      else p.delete(k);
      return p;
    });
  // the picker and the map choose alike: that district, and no longer the phone's position
  const choose = (code: string) => {
    setHere(null);
    setParam('district', code);
  };
  const locate = () => {
    if (!navigator.geolocation) return setLocating('failed');
    setLocating('busy');
    navigator.geolocation.getCurrentPosition(
      (pos) => {
        setHere(wgs84ToGcj02(pos.coords.longitude, pos.coords.latitude));
        // the address no longer names the district left behind: a reload shows no district rather than that one
        // (the phone's position itself is not written into the address)
        setParam('district', undefined);
        setLocating('idle');
      },
      () => setLocating('failed'),
      { timeout: 10_000, maximumAge: 60_000 },
    );
  };
  const basis = here
    ? t('st.public.located')
    : district
      ? t('st.public.fromDistrict', { district: districtName(district, i18n.language) })
      : locating === 'failed'
        ? t('st.public.noLocation')
        : t('st.public.pickDistrict');
  return (
    <>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
        {t('st.public.subtitle')}
      </Typography.Paragraph>
      <Flex gap={8} style={{ marginBottom: 8 }}>
        <DistrictPicker
          district={here ? undefined : district}
          onDistrict={choose}
          style={{ flex: 1, minWidth: 0 }}
        />
        <Button
          icon={<AimOutlined />}
          loading={locating === 'busy'}
          onClick={locate}
          data-testid="st-public-locate"
        >
          {t('st.public.near')}
        </Button>
      </Flex>
      <PhoneSelect
        style={{ width: '100%', marginBottom: 8 }}
        value={service ?? ''}
        onChange={(v) => setParam('service', v || undefined)}
        aria-label={t('st.public.service')}
        options={[
          { value: '', label: `${t('st.public.service')}${t('common.colon')}${t('st.public.any')}` },
          ...optionsOf(SERVICES, (s) => t(`st.service.${s}`)),
        ]}
        data-testid="st-public-service"
      />
      <BeijingMap
        points={list.data?.stations ?? []}
        district={here ? undefined : district}
        here={here}
        highlight={list.data?.stations[0]?.id}
        onDistrict={choose}
      />
      <Typography.Text
        type="secondary"
        style={{ display: 'block', margin: '8px 0' }}
        data-testid="st-public-basis"
      >
        {basis}
      </Typography.Text>
      <LoadGate state={list} what={t('st.what.public')}>
        {(data) =>
          data.stations.length ? (
            <List
              dataSource={firstShown(data.stations, shown).items}
              data-testid="st-public-list"
              renderItem={(s) => (
                // a list's item around each card: a screen reader counts the stations
                <List.Item style={{ display: 'block', padding: 0, border: 0 }}>
                  <Card size="small" style={{ marginBottom: 8 }} data-testid="st-public-item">
                    <Flex justify="space-between" align="start" gap={8}>
                      <Typography.Text strong>{s.name}</Typography.Text>
                      {s.distanceM !== null && (
                        <Tag color="blue">{distanceText(s.distanceM, i18n.language)}</Tag>
                      )}
                    </Flex>
                    <div>
                      <Tag>{t(`st.kind.${s.kind}`)}</Tag>
                      {s.stars && <Rate disabled value={s.stars} style={{ fontSize: 11 }} />}
                    </div>
                    <Typography.Text type="secondary" style={{ display: 'block' }}>
                      <EnvironmentOutlined /> {districtName(s.district, i18n.language)} · {s.address}
                    </Typography.Text>
                    {s.openingHours && (
                      <Typography.Text type="secondary" style={{ display: 'block' }}>
                        {t('st.public.hours')}
                        {t('common.colon')}
                        {s.openingHours}
                      </Typography.Text>
                    )}
                    <Space size={4} wrap style={{ marginTop: 4 }}>
                      {s.services.map((x) => (
                        <Tag key={x} color={x === service ? 'green' : undefined}>
                          {t(`st.service.${x}`)}
                        </Tag>
                      ))}
                    </Space>
                    {s.phone && (
                      <div style={{ marginTop: 4 }}>
                        <a href={`tel:${s.phone}`}>
                          <PhoneOutlined /> {s.phone}
                        </a>
                      </div>
                    )}
                  </Card>
                </List.Item>
              )}
            />
          ) : (
            <Empty description={t('st.public.empty')} />
          )
        }
      </LoadGate>
      {near && (
        <ShowMoreButton
          more={near.more}
          onMore={showMore}
          style={{ marginBottom: 8 }}
          testId="st-public-more"
        >
          {t('st.public.more', { n: near.more })}
        </ShowMoreButton>
      )}
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {list.data && t('st.public.count', { count: list.data.stations.length })}
      </Typography.Text>
      {footer}
    </>
  );
}
