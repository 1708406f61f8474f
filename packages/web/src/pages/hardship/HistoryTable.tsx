import { useTranslation } from 'react-i18next';
import { useWords } from '../../components/FigureNotes.tsx';
import { formatFen } from '../../components/format.ts';
import { WholeTable } from '../../components/TableCard.tsx';
import type { HardshipDetail } from './hardship-api.ts';

type HistoryItem = HardshipDetail['history'][number];

/** The 内容 column's width, in pixels: in a table laid out to its content, the least it is given. */
export const WHAT_WIDTH = 160;

/**
 * What a line is: the program of a grant, the category (as the administrator named it) and channel of a request,
 * the campaign and goods of a visit.
 */
function HistoryWhat({ item: h }: { item: HistoryItem }) {
  const { t } = useTranslation();
  const words = useWords();
  if (h.kind === 'case')
    return (
      <>
        {words(h.categoryName) || '—'}
        {h.channel && <div className="muted">{t(`case.channel.${h.channel}`)}</div>}
      </>
    );
  if (h.kind === 'visit')
    return (
      <>
        {h.title ?? t('hs.history.noCampaign')}
        {h.goods && <div className="muted">{h.goods}</div>}
      </>
    );
  return <>{h.title}</>;
}

/** The household's history: grants (each by its program's category), requests and visits, oldest first. */
export function HistoryTable({ history }: { history: HistoryItem[] }) {
  const { t } = useTranslation();
  const words = useWords();
  const status = (h: HistoryItem) => {
    if (!h.status) return '—';
    return h.kind === 'case' ? t(`case.status.${h.status}`) : t(`hs.history.state.${h.status}`);
  };
  return (
    <WholeTable<HistoryItem>
      rowKey={(h, i) => `${h.kind}-${h.on}-${i}`}
      dataSource={history}
      locale={{ emptyText: t('hs.detail.noHistory') }}
      data-testid="hardship-history"
      columns={[
        { title: t('hs.history.on'), dataIndex: 'on', width: 110 },
        {
          title: t('hs.history.kind'),
          key: 'kind',
          width: 90,
          render: (_, h) => words(h.kindName) || t(`hs.history.${h.kind}`),
        },
        // never narrower than a program's name on two lines: beside the fixed columns it took what was left, a
        // character a line, in the card of a third of the page
        {
          title: t('hs.history.title'),
          key: 'what',
          width: WHAT_WIDTH,
          render: (_, h) => <HistoryWhat item={h} />,
        },
        { title: t('hs.history.status'), key: 'status', width: 90, render: (_, h) => status(h) },
        {
          title: t('hs.history.amount'),
          key: 'amount',
          align: 'right',
          render: (_, h) => (h.amountFen === null ? '—' : formatFen(h.amountFen)),
        },
        {
          title: t('hs.history.paid'),
          key: 'paid',
          align: 'right',
          render: (_, h) => (h.paidFen === null ? '—' : formatFen(h.paidFen)),
        },
      ]}
    />
  );
}
