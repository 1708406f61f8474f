import { BarChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import ReactEChartsCore from 'echarts-for-react/esm/core';
import { useTranslation } from 'react-i18next';
import type { ProgramsReport } from '../programs/programs-api.ts';
import { useFigureLabel } from './figures.tsx';

// Only the parts of ECharts the dashboard draws, to keep the bundle small.
echarts.use([BarChart, PieChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

/**
 * A chart as wide as its card. Its canvas is redrawn at a new width a moment after its box changes: until then it is
 * clipped to the card, never widening the page (a phone turned, a window narrowed).
 */
export function Chart({ option, height }: { option: object; height: number }) {
  return (
    <div style={{ width: '100%', overflow: 'hidden' }}>
      <ReactEChartsCore echarts={echarts} option={option} style={{ height }} notMerge />
    </div>
  );
}

const yuan = (fen: number) => Math.round(fen) / 100;

/** Approved (net of reversals, by approval date) and paid (by payment date) per union below, in yuan. */
export function UnionBars({ unions }: { unions: ProgramsReport['byUnion'] }) {
  const { t } = useTranslation();
  const label = useFigureLabel();
  const approved = `${t('dash.inYuan', { label: label('approvedFen') })} · ${t('dash.basis.ledger')}`;
  const paid = `${t('dash.inYuan', { label: label('paidFen') })} · ${t('dash.basis.paid')}`;
  const option = {
    tooltip: { trigger: 'axis' },
    legend: { top: 0, data: [approved, paid] },
    grid: { left: 60, right: 20, bottom: 90, top: 56 },
    xAxis: {
      type: 'category',
      data: unions.map((u) => (u.self ? t('dash.selfUnion', { name: u.name }) : u.name)),
      axisLabel: { rotate: 30, interval: 0 },
    },
    yAxis: { type: 'value', name: t('dash.yuan') },
    series: [
      {
        name: approved,
        type: 'bar',
        data: unions.map((u) => yuan(u.approvedFen)),
        barMaxWidth: 40,
        itemStyle: { color: '#c8102e' },
      },
      {
        name: paid,
        type: 'bar',
        data: unions.map((u) => yuan(u.paidFen)),
        barMaxWidth: 40,
        itemStyle: { color: '#faad14' },
      },
    ],
  };
  return <Chart option={option} height={340} />;
}

/**
 * The slices of the category ring: categories with approvals only. None when nothing was approved — ECharts would
 * draw a 0/0 ring whole (one category as 100%).
 */
export function categorySlices(byCategory: ProgramsReport['byCategory']) {
  return byCategory.filter((v) => v.approved > 0);
}

/** Approvals in the period (by approval date) per category; the caller shows a note instead when there are none. */
export function CategoryPie({ report }: { report: ProgramsReport }) {
  const { t } = useTranslation();
  const option = {
    color: ['#c8102e', '#faad14', '#1677ff', '#52c41a', '#722ed1'],
    tooltip: { trigger: 'item', formatter: '{b}: {c} ({d}%)' },
    legend: { bottom: 0 },
    series: [
      {
        type: 'pie',
        radius: ['35%', '60%'],
        // labels keep to the card's edges, where each has room, instead of running past the edge cut to "…"
        label: { alignTo: 'edge', edgeDistance: 8, formatter: '{b}\n{c}' },
        labelLine: { length: 12, length2: 0, maxSurfaceAngle: 80 },
        stillShowZeroSum: false,
        data: categorySlices(report.byCategory).map((v) => ({
          name: t(`prog.category.${v.category}`),
          value: v.approved,
        })),
      },
    ],
  };
  return <Chart option={option} height={340} />;
}
