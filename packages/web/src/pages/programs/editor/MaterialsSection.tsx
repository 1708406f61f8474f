import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useReportInvalid } from '../../../components/inputValidity.tsx';
import type { SectionProps } from './program-draft.ts';

/**
 * The materials an application must carry, edited by their names (证书扫描件 and, if wanted, an English
 * name). Their keys are made when the program is saved (see materials.ts) and never shown.
 */
export function MaterialsSection({ draft, set }: SectionProps) {
  const { t } = useTranslation();
  const value = draft.requiredEvidence;
  useReportInvalid(value.some((e) => !e.zh.trim()) ? t('prog.evidence.labelRequired') : null);
  const change = (i: number, patch: { zh?: string; en?: string }) =>
    set(
      'requiredEvidence',
      value.map((e, j) => (j === i ? { ...e, ...patch } : e)),
    );
  return (
    <Card title={t('prog.field.requiredEvidence')}>
      <Flex vertical gap={8}>
        {value.length === 0 && <Typography.Text type="secondary">{t('prog.evidence.none')}</Typography.Text>}
        {value.map((e, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: new rows have no key until the program is saved
          <Flex key={i} gap={8} align="flex-start" wrap>
            <Flex vertical gap={2}>
              <Input
                style={{ width: 240 }}
                value={e.zh}
                maxLength={100}
                placeholder={t('prog.evidence.zh')}
                status={e.zh.trim() ? undefined : 'error'}
                data-testid={`evidence-zh-${i}`}
                onChange={(ev) => change(i, { zh: ev.target.value })}
              />
              {!e.zh.trim() && (
                <Typography.Text type="danger" style={{ fontSize: 12 }}>
                  {t('prog.evidence.labelRequired')}
                </Typography.Text>
              )}
            </Flex>
            <Input
              style={{ width: 260 }}
              value={e.en}
              maxLength={100}
              placeholder={t('prog.evidence.en')}
              data-testid={`evidence-en-${i}`}
              onChange={(ev) => change(i, { en: ev.target.value })}
            />
            <Button
              type="text"
              danger
              icon={<DeleteOutlined />}
              aria-label={t('prog.rule.remove')}
              onClick={() =>
                set(
                  'requiredEvidence',
                  value.filter((_, j) => j !== i),
                )
              }
            />
          </Flex>
        ))}
        <div>
          <Button
            data-testid="evidence-add"
            size="small"
            icon={<PlusOutlined />}
            onClick={() => set('requiredEvidence', [...value, { key: '', zh: '', en: '' }])}
          >
            {t('prog.evidence.add')}
          </Button>
        </div>
      </Flex>
    </Card>
  );
}
