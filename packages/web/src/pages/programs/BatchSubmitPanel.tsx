import { SendOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Radio, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { api, unwrap } from '../../api/client.ts';
import type { Answer, Body } from '../../api/types.ts';
import { useSession } from '../../auth/session.tsx';
import { useFeedback } from '../../components/feedback.ts';
import { idNumberProblem } from '../../components/idNumber.ts';
import { formatFen } from '../../components/money.ts';
import { OrgSelect } from '../../components/OrgSelect.tsx';
import { PastDay } from '../../components/PastDay.tsx';
import { PagedTable } from '../../components/TableCard.tsx';
import { TextBox } from '../../components/TextBox.tsx';
import { useSaving } from '../../components/useBusy.ts';
import type { Program } from './programs-api.ts';

type BatchBody = Body<'/api/programs/{id}/batch'>;
type BatchResult = Answer<'/api/programs/{id}/batch', 'post'>;

/**
 * A union submits for its members (ID numbers, one a line) or, for programs whose applicant is a union,
 * for a union in its subtree. One transaction; each row answered.
 */
export function BatchSubmitPanel({ program }: { program: Program }) {
  const { t, i18n } = useTranslation();
  const { me } = useSession();
  const feedback = useFeedback();
  const forUnion = program.applicantType === 'union';
  const [ids, setIds] = useState('');
  const [orgId, setOrgId] = useState<number | null>(me?.orgId ?? null);
  const [mode, setMode] = useState<'all_or_nothing' | 'valid_only'>('all_or_nothing');
  const [appliedOn, setAppliedOn] = useState<string | null>(null);
  const { busy, run: whileBusy } = useSaving();
  const [result, setResult] = useState<BatchResult | null>(null);
  const numbers = ids
    .split(/[\s,，;；]+/)
    .map((s) => s.trim().toUpperCase())
    .filter(Boolean);
  // Each typed number is checked as the server will check it, and a wrong one is named at the field.
  const badNumbers = forUnion
    ? []
    : numbers.flatMap((n) => {
        const problem = idNumberProblem(t, n);
        return problem ? [`${n}${t('common.colon')}${problem}`] : [];
      });

  const submit = async () => {
    const body: BatchBody = {
      ...(forUnion
        ? { rows: orgId ? [{ orgId }] : [], mode }
        : { rows: numbers.map((idNumber) => ({ idNumber })), mode }),
      ...(appliedOn ? { appliedOn } : {}),
    };
    await whileBusy(async () => {
      const r = await unwrap(
        api.POST('/api/programs/{id}/batch', { params: { path: { id: program.id } }, body }),
      );
      setResult(r);
      if (r.committed && r.created) feedback.success(t('prog.batch.done', { created: r.created }));
    });
  };

  return (
    <Card size="small" title={t('prog.batch.title')} data-testid="batch-panel">
      <Flex vertical gap={8}>
        <Typography.Text type="secondary">
          {forUnion ? t('prog.batch.hintUnion') : t('prog.batch.hint')}
        </Typography.Text>
        {(program.requiredEvidence ?? []).length > 0 && (
          <Typography.Text type="secondary" data-testid="batch-materials-hint">
            {t('prog.batch.materials', {
              materials: program.requiredEvidence
                .map((e) => (i18n.language === 'en' ? e.en : e.zh))
                .join(t('common.listSep')),
            })}
          </Typography.Text>
        )}
        {forUnion ? (
          <OrgSelect value={orgId} onChange={setOrgId} style={{ width: '100%' }} />
        ) : (
          <TextBox
            rows={4}
            value={ids}
            onChange={setIds}
            placeholder={t('prog.batch.placeholder')}
            testId="batch-ids"
            status={badNumbers.length ? 'warning' : undefined}
          />
        )}
        {badNumbers.length > 0 && (
          <Typography.Text type="danger" style={{ fontSize: 12 }} data-testid="batch-ids-problems">
            {badNumbers.slice(0, 5).join(t('common.clauseSep'))}
            {badNumbers.length > 5 && t('prog.batch.moreProblems', { count: badNumbers.length - 5 })}
          </Typography.Text>
        )}
        <Radio.Group
          size="small"
          value={mode}
          onChange={(e) => setMode(e.target.value)}
          options={[
            { value: 'all_or_nothing', label: t('prog.batch.allOrNothing') },
            { value: 'valid_only', label: t('prog.batch.validOnly') },
          ]}
        />
        <PastDay value={appliedOn} onChange={setAppliedOn} testId="batch-applied-on" />
        <Button
          icon={<SendOutlined />}
          loading={busy}
          disabled={forUnion ? !orgId : numbers.length === 0}
          onClick={submit}
          data-testid="batch-submit"
        >
          {forUnion ? t('prog.batch.submitUnion') : t('prog.batch.submit', { count: numbers.length })}
        </Button>
        {result && (
          <>
            <Alert
              type={
                result.committed && result.refused === 0 ? 'success' : result.committed ? 'warning' : 'error'
              }
              showIcon
              title={
                result.committed
                  ? t('prog.batch.summary', { created: result.created, refused: result.refused })
                  : t('prog.batch.rolledBack', { refused: result.refused })
              }
            />
            <PagedTable
              pageSize={10}
              rowKey="row"
              dataSource={result.results}
              columns={[
                { title: t('prog.batch.row'), dataIndex: 'row', width: 56 },
                {
                  title: t('prog.batch.outcome'),
                  render: (_, r) =>
                    r.ok ? (
                      <Flex gap={4} align="center">
                        <Tag color="green">{t('prog.batch.ok')}</Tag>
                        {r.applicationId && (
                          <Link to={`/applications/${r.applicationId}`}>#{r.applicationId}</Link>
                        )}
                        {r.amountFen != null && formatFen(r.amountFen)}
                      </Flex>
                    ) : (
                      <Typography.Text type="danger">
                        {(i18n.language === 'en' ? r.message?.en : r.message?.zh) ?? r.code}
                      </Typography.Text>
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
