import { Button, Tag } from 'antd';
import type { TFunction } from 'i18next';
import { listSeparator } from '../../components/listSeparator.ts';
import { formatFen } from '../../components/money.ts';
import type { Visit } from './care-api.ts';

/** What a visit gave: its goods out of stock, or a past visit's goods as its register wrote them; '' for none. */
export const goodsText = (v: Pick<Visit, 'goods' | 'goodsWritten'>) =>
  v.goods.map((g) => `${g.item} ${g.quantity}${g.unit}`).join(listSeparator()) || (v.goodsWritten ?? '');

/** The columns of a list of visits (a campaign's, or every visit of the subtree): the recipient opens the visit. */
export const visitColumns = (t: TFunction, open: (id: number) => void) => [
  { title: t('care.field.visitedOn'), dataIndex: 'visitedOn', width: 110 },
  {
    title: t('care.field.recipient'),
    key: 'recipient',
    render: (_: unknown, v: Visit) => (
      <>
        <Tag>{t(`care.recipientKind.${v.recipientKind}`)}</Tag>
        <Button type="link" size="small" onClick={() => open(v.id)} data-testid="care-visit-open">
          {v.recipient}
        </Button>
      </>
    ),
  },
  { title: t('care.field.people'), dataIndex: 'people', width: 110, align: 'right' as const },
  {
    title: t('care.field.goods'),
    key: 'goods',
    render: (_: unknown, v: Visit) => goodsText(v) || '—',
  },
  {
    title: t('care.field.grant'),
    dataIndex: 'grantFen',
    width: 130,
    align: 'right' as const,
    render: (fen: number) => (fen ? formatFen(fen) : '—'),
  },
  { title: t('care.field.visitingUnion'), dataIndex: 'orgName' },
  {
    title: t('care.field.confirmed'),
    key: 'confirmed',
    width: 110,
    render: (_: unknown, v: Visit) =>
      v.confirmedHow ? (
        <Tag color="green">{t('care.worker.confirmed')}</Tag>
      ) : (
        <Tag color="gold">{t('care.visit.unconfirmed')}</Tag>
      ),
  },
];
