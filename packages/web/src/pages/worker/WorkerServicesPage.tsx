import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { SERVICES } from './worker-services.tsx';

/** 服务: a grid of the worker's other services (requests, flash claims, learning, mentoring, visits, 办实事, selections). */
export default function WorkerServicesPage() {
  const { t } = useTranslation();
  usePageTitle(t('wp.tabs.services'));
  return (
    <nav className="wp-services" aria-label={t('wp.tabs.services')} data-testid="worker-services">
      {SERVICES.map((s) => (
        <Link key={s.key} to={s.to} className="m-card wp-service" data-testid={`service-${s.key}`}>
          {s.icon}
          <span>{t(s.label)}</span>
        </Link>
      ))}
    </nav>
  );
}
