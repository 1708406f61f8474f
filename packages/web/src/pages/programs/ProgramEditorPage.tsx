import { Alert, App, Breadcrumb, Card, Col, ConfigProvider, Flex, Row, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { useSession } from '../../auth/session.tsx';
import { useFeedback } from '../../components/feedback.ts';
import { useInvalidFields, ValidityScope } from '../../components/inputValidity.tsx';
import { LoadError, Loading } from '../../components/LoadError.tsx';
import { useSaving } from '../../components/useBusy.ts';
import { useLoad } from '../../components/useLoad.ts';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { AmountEditor } from './AmountEditor.tsx';
import { BasicsSection } from './editor/BasicsSection.tsx';
import { LimitsSection } from './editor/LimitsSection.tsx';
import { MaterialsSection } from './editor/MaterialsSection.tsx';
import { PeriodSection } from './editor/PeriodSection.tsx';
import { ProgramSideColumn } from './editor/ProgramSideColumn.tsx';
import {
  blankProgram,
  type Problem,
  problemsOf,
  type SectionProps,
  toInput,
  toPayload,
} from './editor/program-draft.ts';
import { type Program, type ProgramInput, programsApi } from './programs-api.ts';
import { RuleBuilder } from './RuleBuilder.tsx';

/** Staff: define or edit a program, one card per section; the side column saves and works with it. */
export default function ProgramEditorPage() {
  const { id } = useParams();
  const isNew = id === undefined || id === 'new';
  const programId = isNew ? null : Number(id);
  const { t, i18n } = useTranslation();
  usePageTitle(t('prog.listTitle'));
  const { me, can } = useSession();
  const feedback = useFeedback();
  const { message } = App.useApp();
  const navigate = useNavigate();
  // The answer says whether my union may manage it (a program owned above mine is seen, not edited).
  const loaded = useLoad(async () => (programId ? programsApi.get(programId) : null), [programId]);
  const [program, setProgram] = useState<Program | null>(null);
  const [draft, setDraft] = useState<ProgramInput | null>(isNew ? blankProgram(me?.orgId ?? null) : null);
  const [saving, setSaving] = useState(false);
  const [problems, setProblems] = useState<Problem[]>([]);
  const [refreshKey, setRefreshKey] = useState(0);
  const invalid = useInvalidFields();
  const transitioning = useSaving();
  useEffect(() => {
    if (!loaded.data) return;
    setProgram(loaded.data);
    setDraft(toInput(loaded.data));
  }, [loaded.data]);

  if (loaded.error)
    return <LoadError error={loaded.error} retry={loaded.reload} what={t('load.what.program')} />;
  if (!draft) return <Loading />;
  const managed = program?.managed ?? true;
  const writable = can('programs.write') && managed;
  const closed = program?.status === 'closed';
  const section: SectionProps = {
    draft,
    program,
    set: (key, value) => setDraft({ ...draft, [key]: value }),
    patch: (fields) => setDraft({ ...draft, ...fields }),
  };

  const save = async () => {
    if (!draft.name.trim()) {
      message.warning(t('common.required', { field: t('prog.field.name') }));
      return;
    }
    if (invalid.blocked()) return;
    setSaving(true);
    setProblems([]);
    try {
      if (programId) {
        const { ownerOrgId: _owner, ...patch } = toPayload(draft);
        const p = await programsApi.update(programId, patch);
        setProgram(p);
        setDraft(toInput(p));
        setRefreshKey((k) => k + 1);
      } else {
        const p = await programsApi.create(toPayload(draft));
        navigate(`/programs/${p.id}`, { replace: true });
      }
      feedback.success(t('common.saved'));
    } catch (err) {
      setProblems(problemsOf(err));
      feedback.error(err);
    } finally {
      setSaving(false);
    }
  };
  const transition = async (action: 'publish' | 'close', effectiveOn: string | null) => {
    if (!programId) return;
    await transitioning.run(async () => {
      setProgram(await programsApi[action](programId, effectiveOn));
      return t(`prog.${action}Done`);
    });
  };

  return (
    <Flex vertical gap={16}>
      <Breadcrumb
        items={[
          { title: <Link to="/programs">{t('prog.listTitle')}</Link> },
          { title: program?.name ?? t('prog.new') },
        ]}
      />
      {problems.length > 0 && (
        <Alert
          type="error"
          showIcon
          title={t('prog.problems')}
          data-testid="program-problems"
          description={
            <ul style={{ margin: 0, paddingLeft: 18 }}>
              {problems.map((p) => (
                <li key={`${p.path}-${p.en}`}>{i18n.language === 'en' ? p.en : p.zh}</li>
              ))}
            </ul>
          }
        />
      )}
      <Row gutter={16}>
        <Col xs={24} xl={15}>
          <ConfigProvider componentDisabled={!writable || closed}>
            <ValidityScope fields={invalid}>
              <Flex vertical gap={16}>
                <BasicsSection {...section} />
                <PeriodSection {...section} />
                <LimitsSection {...section} />
                <MaterialsSection {...section} />
                <Card
                  title={t('prog.section.eligibility')}
                  extra={<Typography.Text type="secondary">{t('prog.rule.hint')}</Typography.Text>}
                >
                  <div>
                    <RuleBuilder
                      value={draft.rule}
                      onChange={(rule) => section.set('rule', rule)}
                      applicant={draft.applicantType}
                    />
                  </div>
                </Card>
                <Card title={t('prog.section.amount')}>
                  <AmountEditor
                    value={draft.amount}
                    onChange={(amount) => section.set('amount', amount)}
                    applicant={draft.applicantType}
                  />
                </Card>
              </Flex>
            </ValidityScope>
          </ConfigProvider>
        </Col>
        <Col xs={24} xl={9}>
          <ProgramSideColumn
            program={program}
            draft={draft}
            writable={writable}
            managed={managed}
            saving={saving}
            refreshKey={refreshKey}
            onSave={save}
            onTransition={transition}
          />
        </Col>
      </Row>
    </Flex>
  );
}
