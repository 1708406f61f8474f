import {
  BarChartOutlined,
  CheckCircleOutlined,
  SaveOutlined,
  StopOutlined,
  UnorderedListOutlined,
} from '@ant-design/icons';
import { Alert, Button, Card, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useSession } from '../../../auth/session.tsx';
import { DayConfirm } from '../../../components/DayDialog.tsx';
import { listSeparator } from '../../../components/listSeparator.ts';
import { ReconciliationPanel } from '../../ledger/ReconciliationPanel.tsx';
import { BatchSubmitPanel } from '../BatchSubmitPanel.tsx';
import { ClaimsPanel } from '../ClaimsPanel.tsx';
import { EvidenceArchivePanel } from '../EvidenceArchivePanel.tsx';
import { ProgramStatusTag } from '../labels.tsx';
import { ProposalsPanel, SimulatePanel, VersionsPanel } from '../ProgramPanels.tsx';
import { applicationsOf, type Program, type ProgramInput, statisticsOf } from '../programs-api.ts';
import { AmountText, RuleText } from '../RuleVocabulary.tsx';

/** Beside the editor: save / publish / close, the program in words, and the panels that work with it. */
export function ProgramSideColumn({
  program,
  draft,
  writable,
  managed,
  saving,
  refreshKey,
  onSave,
  onTransition,
}: {
  program: Program | null;
  draft: ProgramInput;
  writable: boolean;
  /**
   * The program is owned by my union or one below it: its claim figures and draw are mine (one offered from above
   * is the owner's, the server answers 未找到).
   */
  managed: boolean;
  saving: boolean;
  refreshKey: number;
  onSave: () => void;
  /** Publish or close, on a past day it happened (补录) or today (null). */
  onTransition: (action: 'publish' | 'close', effectiveOn: string | null) => void;
}) {
  const { t } = useTranslation();
  const { can } = useSession();
  const programId = program?.id ?? null;
  const closed = program?.status === 'closed';
  return (
    <Flex vertical gap={16}>
      <Card
        size="small"
        title={
          <Flex gap={8} align="center">
            <ProgramStatusTag status={program?.status ?? 'draft'} />
            {program && <Typography.Text type="secondary">v{program.currentVersion}</Typography.Text>}
          </Flex>
        }
      >
        <Flex gap={8} wrap>
          {writable && !closed && (
            <Button
              type="primary"
              icon={<SaveOutlined />}
              loading={saving}
              onClick={onSave}
              data-testid="program-save"
            >
              {t('common.save')}
            </Button>
          )}
          {writable && program?.status === 'draft' && (
            <DayConfirm
              title={t('prog.publishConfirm')}
              dayTestId="program-publish-day"
              onConfirm={(day) => onTransition('publish', day)}
            >
              <Button icon={<CheckCircleOutlined />} data-testid="program-publish">
                {t('prog.publish')}
              </Button>
            </DayConfirm>
          )}
          {writable && program?.status === 'published' && (
            <DayConfirm
              title={t('prog.closeConfirm')}
              dayTestId="program-close-day"
              onConfirm={(day) => onTransition('close', day)}
            >
              <Button danger icon={<StopOutlined />} data-testid="program-close">
                {t('prog.close')}
              </Button>
            </DayConfirm>
          )}
          {program && program.status !== 'draft' && can('applications.review') && (
            <Link to={applicationsOf(program.id)} data-testid="program-applications">
              <Button icon={<UnorderedListOutlined />}>{t('prog.proposals.view')}</Button>
            </Link>
          )}
          {program && program.status !== 'draft' && can('reports.read') && (
            <Link to={statisticsOf(program)} data-testid="program-statistics">
              <Button icon={<BarChartOutlined />}>{t('prog.statistics')}</Button>
            </Link>
          )}
        </Flex>
        {program?.status === 'published' && (
          <Alert style={{ marginTop: 12 }} type="info" showIcon title={t('prog.publishedEditHint')} />
        )}
        {program && program.status !== 'closed' && !!program.chainWithoutReviewers?.count && (
          // Before it opens and while it runs: a union of the chain nobody can review for would stall.
          <Alert
            style={{ marginTop: 12 }}
            type="warning"
            showIcon
            data-testid="chain-without-reviewers"
            title={t('prog.chainWithoutReviewers.title', { count: program.chainWithoutReviewers.count })}
            description={
              <>
                <Typography.Paragraph style={{ marginBottom: 4 }}>
                  {program.chainWithoutReviewers.unions.map((u) => u.name).join(listSeparator())}
                  {program.chainWithoutReviewers.count > program.chainWithoutReviewers.unions.length
                    ? t('prog.chainWithoutReviewers.more', {
                        count:
                          program.chainWithoutReviewers.count - program.chainWithoutReviewers.unions.length,
                      })
                    : ''}
                </Typography.Paragraph>
                <Typography.Text type="secondary">{t('prog.chainWithoutReviewers.hint')}</Typography.Text>
              </>
            }
          />
        )}
      </Card>
      <Card size="small" title={t('prog.description')}>
        <Flex vertical gap={6} data-testid="rule-description">
          <Typography.Text strong>{t('prog.section.eligibility')}</Typography.Text>
          <Typography.Paragraph style={{ marginBottom: 4 }}>
            <RuleText rule={draft.rule} applicant={draft.applicantType} />
          </Typography.Paragraph>
          <Typography.Text strong>{t('prog.section.amount')}</Typography.Text>
          <Typography.Paragraph style={{ marginBottom: 0 }}>
            <AmountText amount={draft.amount} applicant={draft.applicantType} />
          </Typography.Paragraph>
        </Flex>
      </Card>
      {/* the simulation is programs.write's (on any program the user sees): a reviewer is not offered it */}
      {can('programs.write') && (
        <SimulatePanel
          programId={programId}
          rule={draft.rule}
          amount={draft.amount}
          evidenceWindow={draft.evidenceWindow}
          period={draft}
        />
      )}
      {program?.status === 'published' &&
        program.intakeModes.includes('batch') &&
        can('applications.submit') && <BatchSubmitPanel program={program} />}
      {program?.status === 'published' &&
        program.requiredEvidence.length > 0 &&
        can('applications.submit') && <EvidenceArchivePanel program={program} />}
      {programId && program?.intakeModes.includes('proposal') && (
        <ProposalsPanel
          programId={programId}
          disabled={!writable || program.status !== 'published'}
          materials={program.requiredEvidence}
        />
      )}
      {programId && managed && program?.intakeModes.includes('claim') && program.status !== 'draft' && (
        <ClaimsPanel
          programId={programId}
          closed={program.status === 'closed'}
          inKind={program.amount.kind === 'none'}
        />
      )}
      {programId && <ReconciliationPanel programId={programId} />}
      {programId && (
        <VersionsPanel programId={programId} refreshKey={refreshKey} applicant={draft.applicantType} />
      )}
    </Flex>
  );
}
