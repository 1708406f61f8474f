import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Input, Typography } from 'antd';
import { useContext, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SaveAttemptsContext, useReportInvalid } from '../../../components/inputValidity.tsx';
import type { SectionProps } from './program-draft.ts';

/**
 * The materials an application must carry, edited by their names (证书扫描件 and, if wanted, an English
 * name). Their keys are made when the program is saved (see materials.ts) and never shown.
 */
export function MaterialsSection({ draft, set }: SectionProps) {
  const { t } = useTranslation();
  const value = draft.requiredEvidence;
  useReportInvalid(value.some((e) => !e.zh.trim()) ? t('prog.evidence.labelRequired') : null);
  // Rows just added are not flagged until left or until a save is refused.
  const [fresh, setFresh] = useState<number[]>([]);
  const attempts = useContext(SaveAttemptsContext);
  useEffect(() => {
    if (attempts) setFresh([]);
  }, [attempts]);
  const remove = (i: number) => {
    set(
      'requiredEvidence',
      value.filter((_, j) => j !== i),
    );
    setFresh(fresh.filter((j) => j !== i).map((j) => (j > i ? j - 1 : j)));
  };
  const change = (i: number, patch: { zh?: string; en?: string }) =>
    set(
      'requiredEvidence',
      value.map((e, j) => (j === i ? { ...e, ...patch } : e)),
    );
  return (
    <Card title={t('prog.field.requiredEvidence')}>
      <Flex vertical gap={8}>
        {value.length === 0 && <Typography.Text type="secondary">{t('prog.evidence.none')}</Typography.Text>}
        {value.map((e, i) => {
          const missing = !e.zh.trim() && !fresh.includes(i);
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: new rows have no key until the program is saved
            <Flex key={i} gap={8} align="flex-start" wrap>
              <Flex vertical gap={2}>
                <Input
                  style={{ width: 240 }}
                  value={e.zh}
                  maxLength={100}
                  placeholder={t('prog.evidence.zh')}
                  status={missing ? 'error' : undefined}
                  data-testid={`evidence-zh-${i}`}
                  onChange={(ev) => change(i, { zh: ev.target.value })}
                  onBlur={() => setFresh(fresh.filter((j) => j !== i))}
                />
                {missing && (
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
                onClick={() => remove(i)}
              />
            </Flex>
          );
        })}
        <div>
          <Button
            data-testid="evidence-add"
            size="small"
            icon={<PlusOutlined />}
            onClick={() => {
              set('requiredEvidence', [...value, { key: '', zh: '', en: '' }]);
              setFresh([...fresh, value.length]);
            }}
          >
            {t('prog.evidence.add')}
          </Button>
        </div>
      </Flex>
    </Card>
  );
}
