import { DownloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/client.ts';
import { FileButton } from '../../components/FileButton.tsx';
import { useFeedback } from '../../components/feedback.ts';
import { ImportErrorRows } from '../../components/ImportErrorTable.tsx';
import { SHEET_ACCEPT } from '../../components/ImportFields.tsx';
import { FileRefused, SheetNotes } from '../../components/ImportResult.tsx';
import { countedPager, FitTable } from '../../components/TableCard.tsx';
import { type AgreementDetail, agreementsApi, type CoverageImport } from './agreements-api.ts';

type Row = AgreementDetail['coverage'][number];

/** The enterprises an agreement covers, and (for staff who may write) their import from a spreadsheet. */
export function CoveragePanel({
  detail,
  canWrite,
  onImported,
}: {
  detail: AgreementDetail;
  canWrite: boolean;
  onImported: () => Promise<void>;
}) {
  const { t } = useTranslation();
  const feedback = useFeedback();
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<CoverageImport | null>(null);
  /** Why the file as a whole was refused: kept on the page, not only in a passing message. */
  const [failure, setFailure] = useState<string | null>(null);
  const id = detail.agreement.id;

  const upload = async (file: File) => {
    setBusy(true);
    setResult(null);
    setFailure(null);
    try {
      const res = await agreementsApi.importCoverage(id, file);
      setResult(res);
      if (res.imported > 0) {
        feedback.success(t('agr.detail.imported', { count: res.imported }));
        await onImported();
      }
    } catch (err) {
      setFailure(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card title={t('agr.detail.coverage')} data-testid="coverage-panel">
      {canWrite && (
        <Flex vertical gap={8} style={{ marginBottom: 16 }}>
          <Typography.Text type="secondary">{t('agr.detail.importHint')}</Typography.Text>
          <Flex gap={8} wrap>
            <FileButton
              accept={SHEET_ACCEPT}
              onFile={upload}
              type="primary"
              loading={busy}
              testId="coverage-import"
            >
              {t('agr.detail.import')}
            </FileButton>
            <Button icon={<DownloadOutlined />} href={agreementsApi.templateUrl}>
              {t('agr.detail.template')}
            </Button>
          </Flex>
          <FileRefused reason={failure} testId="coverage-failed" />
          {result && <SheetNotes {...result} />}
          {result && result.imported === 0 && (
            <>
              <Alert
                type="error"
                showIcon
                message={t('agr.detail.importRejected')}
                data-testid="coverage-rejected"
              />
              <ImportErrorRows rows={result.errors} />
            </>
          )}
        </Flex>
      )}
      <FitTable<Row>
        rowKey="uscc"
        size="small"
        dataSource={detail.coverage}
        locale={{ emptyText: t('agr.detail.coverageEmpty') }}
        pagination={countedPager(t, 20)}
        scroll={{ x: 720 }}
        data-testid="coverage-table"
        columns={[
          { title: t('agr.field.enterpriseName'), dataIndex: 'name' },
          { title: t('agr.field.uscc'), dataIndex: 'uscc', width: 200 },
          { title: t('agr.field.enterpriseWorkers'), dataIndex: 'workers', width: 100, align: 'right' },
          { title: t('agr.field.enterpriseWomen'), dataIndex: 'womenWorkers', width: 110, align: 'right' },
          {
            title: t('agr.field.hasUnion'),
            dataIndex: 'hasUnion',
            width: 90,
            render: (v: boolean) => (v ? <Tag color="blue">{t('common.yes')}</Tag> : t('common.no')),
          },
        ]}
      />
    </Card>
  );
}
