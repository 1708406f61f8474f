import { DownloadOutlined, StopOutlined } from '@ant-design/icons';
import { Button, Descriptions, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { useSession } from '../../auth/session.tsx';
import { aside } from '../../components/aside.ts';
import { DetailPage } from '../../components/DetailPage.tsx';
import type { EditWords } from '../../components/EditHistory.tsx';
import { FileButton } from '../../components/FileButton.tsx';
import { useFeedback } from '../../components/feedback.ts';
import { formatCount, formatFen } from '../../components/format.ts';
import { LoadState } from '../../components/LoadError.tsx';
import { listSeparator } from '../../components/listSeparator.ts';
import { dayWithEntry } from '../../components/PastDay.tsx';
import { useSaving } from '../../components/useBusy.ts';
import { useLoad } from '../../components/useLoad.ts';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { AgreementEditModal } from './AgreementEditModal.tsx';
import { type AgreementDetail, agreementsApi } from './agreements-api.ts';
import { CoveragePanel } from './CoveragePanel.tsx';
import { EndAgreementModal } from './EndAgreementModal.tsx';
import { AgreementStatusTag, useTermText } from './labels.tsx';

/** Staff: one agreement — its parties, term and clauses, its text, and the enterprises it covers. */
export default function AgreementDetailPage() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const { can } = useSession();
  const feedback = useFeedback();
  const termText = useTermText();
  const detail = useLoad(() => agreementsApi.get(id), [id]);
  const { busy: uploading, run: whileUploading } = useSaving();
  const [ending, setEnding] = useState(false);
  usePageTitle(detail.data?.agreement.title ?? t('agr.list.title'));
  const canWrite = can('agreements.write');

  if (!detail.data) return <LoadState state={detail} what={t('agr.detail.what')} />;
  const a = detail.data.agreement;
  const words: EditWords = {
    label: (field) => t(`agr.field.${field}`),
    show: (field, value) => {
      if (field === 'clauses')
        return (value as string[]).map((c) => t(`agr.clause.${c}`)).join(listSeparator());
      if (field === 'costFen') return formatFen(value as number);
      if (field === 'reach') return formatCount(value as number);
      if (field === 'enterprises') {
        return (value as AgreementDetail['coverage'])
          .map((e) => t('agr.edit.enterprise', { name: e.name, workers: formatCount(e.workers) }))
          .join(t('common.clauseSep'));
      }
      return String(value);
    },
  };

  const uploadText = async (file: File) => {
    await whileUploading(async () => {
      await agreementsApi.uploadText(id, file);
      feedback.success(t('agr.detail.textUploaded'));
      await detail.reload();
    });
  };

  return (
    <DetailPage
      title={a.title}
      titleTestId="agreement-title-view"
      status={<AgreementStatusTag status={a.status} />}
      back={{ to: '/agreements', label: t('agr.detail.back') }}
      actions={
        <>
          {canWrite && !a.endedOn && (a.status === 'in_force' || a.status === 'expiring') && (
            <Button
              danger
              icon={<StopOutlined />}
              onClick={() => setEnding(true)}
              data-testid="agreement-end"
            >
              {t('agr.detail.end')}
            </Button>
          )}
          {canWrite && <AgreementEditModal detail={detail.data} onDone={detail.reload} />}
        </>
      }
      facts={
        <>
          <Descriptions.Item label={t('agr.field.kind')}>{t(`agr.kind.${a.kind}`)}</Descriptions.Item>
          <Descriptions.Item label={t('agr.field.level')}>{t(`agr.level.${a.level}`)}</Descriptions.Item>
          <Descriptions.Item label={t('agr.field.union')}>{a.orgName}</Descriptions.Item>
          <Descriptions.Item label={t('agr.field.employer')}>{a.employer}</Descriptions.Item>
          <Descriptions.Item label={t('agr.field.signedOn')}>
            {dayWithEntry(t, a.signedOn, a.createdAt) ?? a.signedOn}
          </Descriptions.Item>
          <Descriptions.Item label={t('agr.field.term')}>
            {`${a.effectiveOn} — ${a.expiresOn}${aside(termText(a.termMonths))}`}
          </Descriptions.Item>
          {a.endedOn && (
            <Descriptions.Item label={t('agr.detail.ended')} span={2}>
              <span data-testid="agreement-ended">
                {t('agr.detail.endedOn', {
                  day: a.endedEnteredAt
                    ? (dayWithEntry(t, a.endedOn, a.endedEnteredAt) ?? a.endedOn)
                    : a.endedOn,
                  reason: a.endReason ?? '',
                })}
              </span>
            </Descriptions.Item>
          )}
          <Descriptions.Item label={t('agr.field.clauses')} span={2}>
            {a.clauses.length
              ? a.clauses.map((c) => <Tag key={c}>{t(`agr.clause.${c}`)}</Tag>)
              : t('common.none')}
          </Descriptions.Item>
          <Descriptions.Item label={t('agr.field.costFen')}>
            <span data-testid="agreement-cost">
              {a.costFen === null ? t('agr.detail.notRecorded') : formatFen(a.costFen)}
            </span>
          </Descriptions.Item>
          <Descriptions.Item label={t('agr.field.reach')}>
            <span data-testid="agreement-reach">
              {a.reach === null ? t('agr.detail.notRecorded') : formatCount(a.reach)}
            </span>
          </Descriptions.Item>
          <Descriptions.Item label={t('agr.field.enterprises')} span={2}>
            <span data-testid="agreement-summary">
              {t('agr.detail.summary', {
                enterprises: a.enterprises,
                workers: a.workers,
                women: a.womenWorkers,
              })}
            </span>
          </Descriptions.Item>
          <Descriptions.Item label={t('agr.field.text')} span={2}>
            <Space wrap>
              {a.textName ? (
                <Button icon={<DownloadOutlined />} href={agreementsApi.textUrl(id)} size="small">
                  {a.textName}
                </Button>
              ) : (
                <Typography.Text type="secondary">{t('agr.detail.noText')}</Typography.Text>
              )}
              {canWrite && (
                <FileButton
                  accept=".pdf,.doc,.docx,.jpg,.jpeg,.png"
                  onFile={uploadText}
                  size="small"
                  loading={uploading}
                  testId="agreement-text-upload"
                >
                  {a.textName ? t('agr.detail.replaceText') : t('agr.detail.uploadText')}
                </FileButton>
              )}
            </Space>
          </Descriptions.Item>
          {a.note && (
            <Descriptions.Item label={t('agr.field.note')} span={2}>
              {a.note}
            </Descriptions.Item>
          )}
        </>
      }
      history={{ edits: detail.data.edits, words, testId: 'agreement-edits' }}
    >
      <CoveragePanel detail={detail.data} canWrite={canWrite} onImported={detail.reload} />
      <EndAgreementModal
        agreementId={id}
        open={ending}
        onClose={() => setEnding(false)}
        onEnded={() => void detail.reload()}
      />
    </DetailPage>
  );
}
