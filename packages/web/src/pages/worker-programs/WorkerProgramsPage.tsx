import { Button, Collapse, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { PhoneList, PhonePage } from '../../components/PhoneList.tsx';
import { useLoad } from '../../components/useLoad.ts';
import { periodLabelIn } from '../programs/period-label.ts';
import { Explanation } from '../review/Explanation.tsx';
import { type MyProgram, meApi } from './me-api.ts';
import { amountText } from './worker-amount.ts';

/** Whether I may still apply: eligible, and not applied already (per record: some eligible record left). */
export function canApply(p: MyProgram): { eligible: boolean; applied: boolean } {
  if (p.limitMode === 'per_subject') {
    const eligible = p.candidates.filter((c) => c.decision.eligible);
    return {
      eligible: eligible.length > 0,
      applied: eligible.length > 0 && eligible.every((c) => c.applied),
    };
  }
  return { eligible: p.eligibility.eligible, applied: p.myApplications.length > 0 };
}

/** Worker: the programs open to me, each with whether I qualify and why. */
export default function WorkerProgramsPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const list = useLoad(
    // Programs whose applicant is a union (e.g. a studio's recognition) are applied for by union staff.
    () => meApi.programs().then((all) => all.filter((p) => p.applicantType !== 'union')),
    [],
  );

  return (
    <PhonePage title={t('wp.programs.title')}>
      <PhoneList state={list} what={t('load.what.myPrograms')} empty={t('wp.programs.empty')}>
        {(programs) =>
          programs.map((p) => {
            const { eligible, applied } = canApply(p);
            return (
              <div className="wp-card" key={p.id} data-testid={`my-program-${p.id}`}>
                <div className="wp-card-head">
                  <div className="wp-card-name">{p.name}</div>
                  <Tag color={eligible ? 'green' : 'default'} data-testid="eligibility-tag">
                    {eligible ? t('wp.programs.eligible') : t('wp.programs.notEligible')}
                  </Tag>
                </div>
                <div className="wp-muted">
                  {[
                    p.ownerOrgName,
                    periodLabelIn(p.periodLabel, i18n.language),
                    t(`prog.category.${p.category}`),
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </div>
                {amountText(t, p) && <div className="wp-amount">{amountText(t, p)}</div>}
                <Collapse
                  size="small"
                  ghost
                  items={[
                    {
                      key: 'why',
                      label: t('wp.programs.why'),
                      children: <Explanation decision={p.eligibility} compact />,
                    },
                  ]}
                />
                {applied ? (
                  <Link to="/m/applications">
                    <Button block>{t('wp.programs.applied')}</Button>
                  </Link>
                ) : (
                  <Button
                    type="primary"
                    block
                    size="large"
                    disabled={!eligible}
                    onClick={() => navigate(`/m/programs/${p.id}/apply`)}
                    data-testid="apply-button"
                  >
                    {t('wp.programs.apply')}
                  </Button>
                )}
              </div>
            );
          })
        }
      </PhoneList>
      <Link to="/m/selections" className="wp-muted" data-testid="self-nomination-link">
        {t('sel.self.link')} →
      </Link>
    </PhonePage>
  );
}
