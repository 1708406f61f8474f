import { ArrowRightOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Tag, Typography } from 'antd';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';

/** The review chain: org levels in the order they approve; click a level to append it. */
export function ReviewChainEditor({ value, onChange }: { value: number[]; onChange: (v: number[]) => void }) {
  const { t } = useTranslation();
  const rest = [5, 4, 3, 2, 1].filter((l) => !value.includes(l));
  return (
    <Flex vertical gap={8}>
      <Flex gap={4} align="center" wrap data-testid="review-chain">
        {value.length === 0 && <Typography.Text type="secondary">{t('prog.chain.empty')}</Typography.Text>}
        {value.map((level, i) => (
          <Fragment key={level}>
            {i > 0 && <ArrowRightOutlined style={{ color: '#999' }} />}
            <Tag
              color="red"
              closable
              onClose={(e) => {
                e.preventDefault();
                onChange(value.filter((l) => l !== level));
              }}
            >
              {i + 1}. {t(`prog.orgLevel.${level}`)}
            </Tag>
          </Fragment>
        ))}
      </Flex>
      {rest.length > 0 && (
        <Flex gap={4} align="center" wrap>
          <Typography.Text type="secondary">{t('prog.chain.add')}</Typography.Text>
          {rest.map((l) => (
            <Button
              key={l}
              size="small"
              icon={<PlusOutlined />}
              onClick={() => onChange([...value, l])}
              data-testid={`chain-add-${l}`}
            >
              {t(`prog.orgLevel.${l}`)}
            </Button>
          ))}
        </Flex>
      )}
    </Flex>
  );
}
