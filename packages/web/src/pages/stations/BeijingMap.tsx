import { useTranslation } from 'react-i18next';
import { DISTRICTS } from './beijing-districts.ts';

const [W, E, S, N] = [115.4, 117.52, 39.42, 41.08];
const K = Math.cos((40.2 * Math.PI) / 180);
const WIDTH = 400;
const HEIGHT = Math.round((WIDTH * (N - S)) / ((E - W) * K));
const xy = ([lng, lat]: [number, number]) =>
  [((lng - W) / (E - W)) * WIDTH, ((N - lat) / (N - S)) * HEIGHT] as const;

/**
 * Beijing drawn from the shipped outlines (no tiles from outside): each district a shape to tap, the stations as
 * dots, a chosen district or the phone's position marked. The city's districts are too small here for a thumb
 * (东城 is 10 px wide at 360 px): the district picker beside the map offers each of them too.
 */
export function BeijingMap({
  points,
  district,
  onDistrict,
  here,
  highlight,
}: {
  points: { id: number; lng: number; lat: number }[];
  district?: string;
  onDistrict?: (code: string) => void;
  here?: [number, number] | null;
  highlight?: number;
}) {
  const { t, i18n } = useTranslation();
  return (
    // a group, not an image: its districts are buttons (an image's insides are not read out)
    // biome-ignore lint/a11y/useSemanticElements: a drawing cannot be a fieldset; role=group names it as one
    <svg
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      style={{ width: '100%', height: 'auto', background: '#f4f8fb', borderRadius: 8 }}
      role="group"
      aria-label={t('st.public.map')}
      data-testid="st-map"
    >
      {DISTRICTS.map((d) => {
        const pts = d.outline.map((p) => xy(p).join(',')).join(' ');
        const chosen = d.code === district;
        const n = d.outline.length;
        const c = xy([
          d.outline.reduce((s, p) => s + p[0], 0) / n,
          d.outline.reduce((s, p) => s + p[1], 0) / n,
        ]);
        const small = ['110101', '110102', '110107'].includes(d.code);
        return (
          // biome-ignore lint/a11y/useSemanticElements: an SVG shape cannot be a <button>; it takes focus, Enter and Space like one
          <g
            key={d.code}
            role="button"
            tabIndex={onDistrict ? 0 : -1}
            aria-label={i18n.language === 'en' ? d.en : d.zh}
            // the chosen district said as a pressed button, as the picker beside the map shows it
            aria-pressed={chosen}
            onKeyDown={(e) => {
              if (e.key === 'Enter' || e.key === ' ') onDistrict?.(d.code);
            }}
            onClick={() => onDistrict?.(d.code)}
            style={{ cursor: onDistrict ? 'pointer' : undefined }}
          >
            <polygon
              points={pts}
              fill={chosen ? '#ffe7ba' : '#e6f0f7'}
              stroke="#8fb3cc"
              strokeWidth={1}
              data-testid={`st-district-${d.code}`}
            />
            {!small && (
              <text x={c[0]} y={c[1]} fontSize={11} textAnchor="middle" fill="#53708a" pointerEvents="none">
                {i18n.language === 'en' ? d.en : d.zh}
              </text>
            )}
          </g>
        );
      })}
      {points.map((p) => {
        const [x, y] = xy([p.lng, p.lat]);
        return (
          <circle
            key={p.id}
            cx={x}
            cy={y}
            r={p.id === highlight ? 4.5 : 2.2}
            fill={p.id === highlight ? '#d4380d' : '#1677ff'}
            stroke="#fff"
            strokeWidth={0.6}
            pointerEvents="none"
          />
        );
      })}
      {here && (
        <circle
          cx={xy(here)[0]}
          cy={xy(here)[1]}
          r={5}
          fill="none"
          stroke="#d4380d"
          strokeWidth={2}
          pointerEvents="none"
        />
      )}
    </svg>
  );
}
