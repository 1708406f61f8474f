import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Select, Typography } from 'antd';
import type { Dispatch, SetStateAction } from 'react';
import { useTranslation } from 'react-i18next';
import { aside } from '../../components/aside.ts';
import { NumberInput } from '../../components/NumberInput.tsx';
import type { CampaignDetail } from './care-api.ts';

/** One line of goods handed out on a visit: the stock item and how many. */
export interface Line {
  stockId: number | null;
  quantity: number | null;
}

/** The goods handed out on a visit, out of the campaign's stock: a line an item, with what is left of it. */
export function VisitGoods({
  stock,
  goods,
  setGoods,
}: {
  stock: CampaignDetail['stock'];
  goods: Line[];
  setGoods: Dispatch<SetStateAction<Line[]>>;
}) {
  const { t } = useTranslation();
  const setLine = (i: number, patch: Partial<Line>) =>
    setGoods((old) => old.map((g, j) => (j === i ? { ...g, ...patch } : g)));
  return (
    <Flex vertical gap={8}>
      {goods.map((g, i) => {
        const s = stock.find((x) => x.id === g.stockId);
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: lines have no id until saved
          <Flex gap={8} align="center" key={i}>
            <Select
              style={{ width: 220 }}
              value={g.stockId ?? undefined}
              placeholder={t('care.field.item')}
              onChange={(stockId) => setLine(i, { stockId })}
              options={stock.map((x) => ({ value: x.id, label: `${x.item}${aside(x.unit)}` }))}
              data-testid={`care-visit-goods-${i}`}
            />
            <NumberInput
              min={1}
              max={100_000_000}
              optional
              value={g.quantity}
              onChange={(quantity) => setLine(i, { quantity })}
              testId={`care-visit-quantity-${i}`}
            />
            {s && (
              <Typography.Text type="secondary">
                {t('care.visit.left', { left: s.left, unit: s.unit })}
              </Typography.Text>
            )}
            <Button
              icon={<DeleteOutlined />}
              aria-label={t('common.cancel')}
              onClick={() => setGoods((old) => old.filter((_, j) => j !== i))}
            />
          </Flex>
        );
      })}
      <Button
        icon={<PlusOutlined />}
        disabled={stock.length === 0}
        onClick={() => setGoods((old) => [...old, { stockId: null, quantity: 1 }])}
        style={{ alignSelf: 'flex-start' }}
        data-testid="care-visit-add-goods"
      >
        {t('care.visit.addGoods')}
      </Button>
      {stock.length === 0 && (
        // goods are handed out of the campaign's stock only: say where it is filled, not just grey the button
        <Typography.Text type="secondary" data-testid="care-visit-no-stock">
          {t('care.visit.noStock')}
        </Typography.Text>
      )}
    </Flex>
  );
}
