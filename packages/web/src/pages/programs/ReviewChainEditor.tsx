import { ArrowRightOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Input, Tag, Typography } from 'antd';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import type { Evidence } from './programs-api.ts';

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

/** The attachments an application must carry, named in both languages. */
export function EvidenceEditor({
  value,
  onChange,
}: {
  value: Evidence[];
  onChange: (v: Evidence[]) => void;
}) {
  const { t } = useTranslation();
  const set = (i: number, patch: Partial<Evidence>) =>
    onChange(value.map((e, j) => (j === i ? { ...e, ...patch } : e)));
  return (
    <Flex vertical gap={8}>
      {value.length === 0 && <Typography.Text type="secondary">{t('prog.evidence.none')}</Typography.Text>}
      {value.map((e, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity beyond their place
        <Flex key={i} gap={8} align="center" wrap>
          <Input
            style={{ width: 140 }}
            value={e.key}
            placeholder={t('prog.evidence.key')}
            data-testid={`evidence-key-${i}`}
            onChange={(ev) => set(i, { key: ev.target.value.toLowerCase().replace(/[^a-z0-9_]/g, '_') })}
          />
          <Input
            style={{ width: 200 }}
            value={e.zh}
            placeholder={t('prog.evidence.zh')}
            data-testid={`evidence-zh-${i}`}
            onChange={(ev) => set(i, { zh: ev.target.value })}
          />
          <Input
            style={{ width: 220 }}
            value={e.en}
            placeholder={t('prog.evidence.en')}
            data-testid={`evidence-en-${i}`}
            onChange={(ev) => set(i, { en: ev.target.value })}
          />
          <Button
            type="text"
            danger
            icon={<DeleteOutlined />}
            aria-label={t('prog.rule.remove')}
            onClick={() => onChange(value.filter((_, j) => j !== i))}
          />
        </Flex>
      ))}
      <div>
        <Button
          data-testid="evidence-add"
          size="small"
          icon={<PlusOutlined />}
          onClick={() => onChange([...value, { key: `evidence_${value.length + 1}`, zh: '', en: '' }])}
        >
          {t('prog.evidence.add')}
        </Button>
      </div>
    </Flex>
  );
}
