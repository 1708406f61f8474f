import { FileExcelOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Empty, Flex, List, Space, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadError } from '../../components/LoadError.tsx';
import { type ListedRegister, listRegisters } from '../../components/registersApi.ts';
import { useLoad } from '../../components/useLoad.ts';
import { usePageTitle } from '../../components/usePageTitle.ts';
import RegisterPanel from './RegisterPanel.tsx';

/**
 * 导入历史台账 (issue 42): every register the platform keeps that the user may import, as the server lists them
 * (GET /api/registers) — a new register appears here by itself. Each offers its template and, opened, the usual
 * steps: the file, 预检 (every wrong row, nothing written), then the import, all rows or none.
 */
export default function RegistersPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('registers.title'));
  const load = useLoad(listRegisters, []);
  const [open, setOpen] = useState<string | null>(null);
  const nameOf = (r: ListedRegister) => (i18n.language === 'en' ? r.name.en : r.name.zh);
  return (
    <div className="page">
      <Typography.Title level={3} className="page-title">
        {t('registers.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('registers.intro')}</Typography.Paragraph>
      {load.error ? (
        <LoadError error={load.error} retry={load.reload} />
      ) : !load.data ? (
        <Spin />
      ) : load.data.length === 0 ? (
        <Empty description={t('registers.none')} />
      ) : (
        <List
          data-testid="registers-list"
          dataSource={load.data}
          renderItem={(r) => (
            <List.Item key={r.key} data-testid={`register-${r.key}`}>
              <Flex vertical gap={12} style={{ width: '100%' }}>
                <Flex justify="space-between" align="center" wrap gap={8}>
                  <Typography.Text strong>{nameOf(r)}</Typography.Text>
                  <Space wrap>
                    <Button icon={<FileExcelOutlined />} href={r.templateUrl}>
                      {t('registers.template')}
                    </Button>
                    <Button
                      type={open === r.key ? 'primary' : 'default'}
                      icon={<UploadOutlined />}
                      onClick={() => setOpen(open === r.key ? null : r.key)}
                      data-testid={`register-open-${r.key}`}
                    >
                      {t('registers.bringIn')}
                    </Button>
                  </Space>
                </Flex>
                {open === r.key && <RegisterPanel register={r} name={nameOf(r)} />}
              </Flex>
            </List.Item>
          )}
        />
      )}
    </div>
  );
}
