import { Card, Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { ActivitiesTab } from './ActivitiesTab.tsx';
import { CoursesTab } from './CoursesTab.tsx';
import { MastersTab } from './MastersTab.tsx';
import { ResourcesTab } from './ResourcesTab.tsx';
import { SitesTab } from './SitesTab.tsx';
import { StatsTab } from './StatsTab.tsx';

const TABS = ['courses', 'resources', 'sites', 'activities', 'masters', 'stats'] as const;

/** Staff: the learning community — courses, demonstration sites and licences, activities, masters, statistics. */
export default function LearningPage() {
  const { t } = useTranslation();
  usePageTitle(t('learn.title'));
  const [params, setParams] = useSearchParams();
  const tab = TABS.find((k) => k === params.get('tab')) ?? 'courses';
  const panes = {
    courses: <CoursesTab />,
    resources: <ResourcesTab />,
    sites: <SitesTab />,
    activities: <ActivitiesTab />,
    masters: <MastersTab />,
    stats: <StatsTab />,
  };
  return (
    <Card title={t('learn.title')}>
      <Tabs
        activeKey={tab}
        onChange={(k) => setParams({ tab: k }, { replace: true })}
        destroyOnHidden
        items={TABS.map((k) => ({
          key: k,
          label: <span data-testid={`learn-tab-${k}`}>{t(`learn.tabs.${k}`)}</span>,
          children: panes[k],
        }))}
      />
    </Card>
  );
}
