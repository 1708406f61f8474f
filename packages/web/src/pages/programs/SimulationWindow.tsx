import { Alert, Collapse, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { WholeTable } from '../../components/TableCard.tsx';
import type { Simulation } from './programs-api.ts';

/** The evidence window a simulation applied, in words, and the records it left out (the latest few). */
export function SimulationWindow({ result }: { result: Simulation }) {
  const { t, i18n } = useTranslation();
  const en = i18n.language === 'en';
  const { count, examples } = result.excludedByWindow;
  return (
    <Flex vertical gap={8} data-testid="sim-window">
      <Alert
        type="info"
        showIcon
        title={en ? result.windowText.en : result.windowText.zh}
        description={
          <Flex vertical gap={2}>
            <Typography.Text type="secondary">{t('prog.sim.asOf', { asOf: result.asOf })}</Typography.Text>
            <Typography.Text data-testid="sim-excluded">
              {count > 0 ? t('prog.sim.excluded', { count }) : t('prog.sim.excludedNone')}
            </Typography.Text>
          </Flex>
        }
      />
      {examples.length > 0 && (
        <Collapse
          size="small"
          items={[
            {
              key: 'excluded',
              label: t('prog.sim.excludedList', { count: examples.length }),
              children: (
                <WholeTable
                  rowKey="recordId"
                  dataSource={examples}
                  columns={[
                    { title: t('prog.sim.person'), dataIndex: 'personName', width: 80 },
                    { title: t('prog.sim.record'), dataIndex: 'label', ellipsis: true },
                    {
                      title: t('prog.sim.reason'),
                      dataIndex: 'reason',
                      render: (r: { zh: string; en: string }) => (en ? r.en : r.zh),
                    },
                  ]}
                />
              ),
            },
          ]}
        />
      )}
    </Flex>
  );
}
