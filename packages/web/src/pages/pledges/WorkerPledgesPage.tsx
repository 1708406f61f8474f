import { Progress, Tag } from 'antd';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { PhoneList, PhonePage } from '../../components/PhoneList.tsx';
import { useLoad } from '../../components/useLoad.ts';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { PledgeStatusTag } from './labels.tsx';
import { type MyPledge, pledgesApi } from './pledges-api.ts';

/** Worker (phone): what my union and the unions above promised to do for us these three years, and how far it got. */
export default function WorkerPledgesPage() {
  const { t } = useTranslation();
  usePageTitle(t('pl.mine.title'));
  const list = useLoad(() => pledgesApi.mine(), []);
  return (
    <PhonePage title={t('pl.mine.title')} testId="worker-pledges">
      <PhoneList state={list} what={t('pl.list.what')} empty={t('pl.mine.empty')}>
        {(items) => <PledgeYears items={items} />}
      </PhoneList>
    </PhonePage>
  );
}

/**
 * My pledges by year, the year's count of done ones first: the heading and the cards stand in the page's column,
 * spaced as every phone list's cards are.
 */
function PledgeYears({ items }: { items: readonly MyPledge[] }) {
  const { t } = useTranslation();
  const byYear = new Map<number, MyPledge[]>();
  for (const p of items) byYear.set(p.year, [...(byYear.get(p.year) ?? []), p]);
  return (
    <>
      {[...byYear].map(([year, ps]) => (
        <Fragment key={year}>
          <div className="wp-muted">
            {t('pl.mine.year', {
              year,
              done: ps.filter((p) => p.status === 'completed').length,
              all: ps.length,
            })}
          </div>
          {ps.map((p) => (
            <div className="wp-card" key={p.id} data-testid={`my-pledge-${p.id}`}>
              <div className="wp-card-head">
                <div className="wp-card-name">{p.title}</div>
                <PledgeStatusTag status={p.status} />
              </div>
              <div className="wp-muted">
                {p.orgName} · <Tag>{t(`pl.category.${p.category}`)}</Tag>
              </div>
              {p.description && <div>{p.description}</div>}
              {p.milestones > 0 && p.status !== 'completed' && (
                <Progress
                  percent={Math.round((p.milestonesDone / p.milestones) * 100)}
                  size="small"
                  aria-label={t('pl.mine.progress', {
                    title: p.title,
                    done: p.milestonesDone,
                    all: p.milestones,
                  })}
                />
              )}
              {p.status === 'completed' && (
                <div className="wp-muted">
                  {t('pl.mine.completed', { date: p.completedOn })}
                  {p.beneficiaryCount !== null && ` · ${t('pl.mine.reached', { count: p.beneficiaryCount })}`}
                  {p.beneficiaryNote && t('pl.mine.note', { note: p.beneficiaryNote })}
                </div>
              )}
            </div>
          ))}
        </Fragment>
      ))}
    </>
  );
}
