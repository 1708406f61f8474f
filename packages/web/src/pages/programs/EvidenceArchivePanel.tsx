import { UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Select, Tag, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { api, fileForm, unwrap } from '../../api/client.ts';
import type { Answer } from '../../api/types.ts';
import { labelColumn } from '../../components/columns.tsx';
import { useFeedback } from '../../components/feedback.ts';
import { FitTable } from '../../components/TableCard.tsx';
import { useSaving } from '../../components/useBusy.ts';
import { useLocale } from '../../locale.tsx';
import type { Program } from './programs-api.ts';

type Result = Answer<'/api/programs/{id}/evidence-archive', 'post'>;
type Outcome = Result['report'][number]['outcome'];
const COLOR: Record<Outcome, string> = {
  matched: 'green',
  unmatched: 'orange',
  ambiguous: 'orange',
  unsupported: 'default',
  too_large: 'red',
  duplicate: 'default',
};

/**
 * Scans for many applications at once: a .zip whose files are named by the applicant's ID number (or by the
 * certificate number of the record an application came from). 预检 shows what each file matched; 上传 attaches
 * the matched ones, all in one go.
 */
export function EvidenceArchivePanel({ program }: { program: Program }) {
  const { t } = useTranslation();
  const { lang } = useLocale();
  const feedback = useFeedback();
  const [key, setKey] = useState(program.requiredEvidence[0]?.key);
  const [file, setFile] = useState<File | null>(null);
  const { busy, run: whileBusy } = useSaving();
  const [result, setResult] = useState<Result | null>(null);
  const run = async (dryRun: boolean) => {
    if (!file || !key) return;
    await whileBusy(async () => {
      const r = await unwrap(
        api.POST('/api/programs/{id}/evidence-archive', {
          params: { path: { id: program.id }, query: { key, dryRun } },
          body: fileForm(file),
        }),
      );
      setResult(r);
      if (!dryRun) feedback.success(t('prog.archive.done', { n: r.matched }));
    });
  };
  return (
    <Card size="small" title={t('prog.archive.title')} data-testid="evidence-archive">
      <Flex vertical gap={8}>
        <Typography.Text type="secondary">{t('prog.archive.hint')}</Typography.Text>
        <Select
          value={key}
          onChange={(k) => {
            setKey(k);
            setResult(null);
          }}
          options={program.requiredEvidence.map((e) => ({
            value: e.key,
            label: lang === 'en' ? e.en : e.zh,
          }))}
          data-testid="evidence-archive-key"
        />
        <Upload
          accept=".zip,application/zip"
          maxCount={1}
          beforeUpload={(f) => {
            setFile(f);
            setResult(null);
            return false;
          }}
          onRemove={() => {
            setFile(null);
            setResult(null);
          }}
          fileList={file ? [{ uid: 'zip', name: file.name, status: 'done' }] : []}
        >
          <Button icon={<UploadOutlined />} data-testid="evidence-archive-file">
            {t('prog.archive.choose')}
          </Button>
        </Upload>
        <Flex gap={8}>
          <Button
            disabled={!file}
            loading={busy}
            onClick={() => void run(true)}
            data-testid="evidence-archive-check"
          >
            {t('prog.archive.check')}
          </Button>
          <Button
            type="primary"
            disabled={!file || !result?.dryRun || result.matched === 0}
            loading={busy}
            onClick={() => void run(false)}
            data-testid="evidence-archive-apply"
          >
            {t('prog.archive.apply')}
          </Button>
        </Flex>
        {result && (
          <>
            <Alert
              type={result.matched ? 'info' : 'warning'}
              showIcon
              title={t(result.dryRun ? 'prog.archive.summaryDry' : 'prog.archive.summary', {
                files: result.files,
                matched: result.matched,
                unmatched: result.unmatched,
                waiting: result.waiting,
              })}
              data-testid="evidence-archive-summary"
            />
            <FitTable
              size="small"
              rowKey={(r) => `${r.name}|${r.applicationId ?? ''}`}
              dataSource={result.report}
              pagination={result.report.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
              columns={[
                { title: t('prog.archive.file'), dataIndex: 'name', ellipsis: true },
                labelColumn(
                  t('prog.archive.outcome'),
                  'outcome',
                  (o: Outcome) => <Tag color={COLOR[o]}>{t(`prog.archive.outcomes.${o}`)}</Tag>,
                  { width: 110 },
                ),
                {
                  title: t('prog.archive.application'),
                  key: 'app',
                  width: 130,
                  render: (_, r) =>
                    r.applicationId ? (
                      <Link to={`/applications/${r.applicationId}`}>
                        {r.personName ?? `#${r.applicationId}`}
                      </Link>
                    ) : (
                      '—'
                    ),
                },
              ]}
            />
          </>
        )}
      </Flex>
    </Card>
  );
}
