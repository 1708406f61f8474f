import {
  AuditOutlined,
  CalendarOutlined,
  CommentOutlined,
  EditOutlined,
  EnvironmentOutlined,
  FlagOutlined,
  GiftOutlined,
  HeartOutlined,
  ReadOutlined,
  SafetyOutlined,
  SmileOutlined,
  SolutionOutlined,
  SwapOutlined,
  ThunderboltOutlined,
  TrophyOutlined,
} from '@ant-design/icons';

/**
 * The union's services a worker opens less often than programs and messages, each with its own label: the worker's
 * menu, where a module's phone list (`/m/<m>`) takes its one line (worker-programs/worker-tabs.test.ts fails for a
 * list no tab, service or 我的 opens).
 */
export const SERVICES = [
  { to: '/m/cases', key: 'cases', label: 'case.tab', icon: <CommentOutlined /> },
  { to: '/m/claims', key: 'claims', label: 'wp.tabs.claims', icon: <ThunderboltOutlined /> },
  { to: '/m/learning', key: 'learning', label: 'learn.tab', icon: <ReadOutlined /> },
  { to: '/m/mentoring', key: 'mentoring', label: 'ip.tab', icon: <SolutionOutlined /> },
  { to: '/m/care', key: 'care', label: 'care.tab', icon: <GiftOutlined /> },
  { to: '/m/activities', key: 'activities', label: 'act.tab', icon: <CalendarOutlined /> },
  { to: '/m/calls', key: 'calls', label: 'calls.tab', icon: <EditOutlined /> },
  { to: '/m/counselling', key: 'counselling', label: 'csl.tab', icon: <SmileOutlined /> },
  { to: '/m/near', key: 'stations', label: 'st.tab', icon: <EnvironmentOutlined /> },
  { to: '/m/insurance', key: 'insurance', label: 'ins.tab', icon: <SafetyOutlined /> },
  { to: '/m/congresses', key: 'congresses', label: 'cong.tab', icon: <AuditOutlined /> },
  { to: '/m/wellness', key: 'wellness', label: 'wel.tab', icon: <HeartOutlined /> },
  { to: '/m/pledges', key: 'pledges', label: 'wp.services.pledges', icon: <FlagOutlined /> },
  { to: '/m/selections', key: 'selections', label: 'wp.services.selections', icon: <TrophyOutlined /> },
  { to: '/m/requests', key: 'requests', label: 'mr.tab', icon: <SwapOutlined /> },
] as const;
