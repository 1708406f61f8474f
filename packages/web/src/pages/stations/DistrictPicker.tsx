import { useTranslation } from 'react-i18next';
import { PhoneSelect } from '../../components/PhoneSelect.tsx';
import { DISTRICTS, districtName } from './beijing-districts.ts';

/** Beijing's districts in the order of their codes (东城, 西城, 朝阳 … 延庆), the order a list of them is read in. */
const BY_CODE = [...DISTRICTS].sort((a, b) => a.code.localeCompare(b.code));

/**
 * The district to measure from, chosen from a list: every district of the map, each a 44 px row, for a thumb the
 * map's smallest districts (东城, 西城, 石景山: 10 to 21 px at 360 px) are too small for. It shows the district the
 * map shows; none while the phone's position is used.
 */
export function DistrictPicker({
  district,
  onDistrict,
  style,
}: {
  district?: string;
  onDistrict: (code: string) => void;
  style?: React.CSSProperties;
}) {
  const { t, i18n } = useTranslation();
  const named = (words: string) => `${t('st.public.district')}${t('common.colon')}${words}`;
  return (
    <PhoneSelect
      style={style}
      value={district}
      onChange={onDistrict}
      aria-label={t('st.public.district')}
      placeholder={named(t('st.public.choose'))}
      labelRender={({ label }) => named(String(label))}
      // all sixteen in the page, not only those scrolled into the list's view
      virtual={false}
      options={BY_CODE.map((d) => ({ value: d.code, label: districtName(d.code, i18n.language) }))}
      data-testid="st-public-district"
    />
  );
}
