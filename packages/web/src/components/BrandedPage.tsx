import { Card, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LangSwitch } from './LangSwitch.tsx';

/** The desktop page of the signed-out side: the brand panel, and a card with a title beside it. */
export function BrandedPage({
  subtitle,
  title,
  testId,
  children,
}: {
  subtitle: string;
  title: string;
  testId?: string;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <div className="login-page">
      <div className="login-brand">
        <div className="login-brand-inner">
          <span className="brand-mark large light">工</span>
          <h1>{t('app.name')}</h1>
          <p>{subtitle}</p>
        </div>
      </div>
      <div className="login-side">
        <div className="login-lang">
          <LangSwitch />
        </div>
        <Card className="login-card" variant="borderless" data-testid={testId}>
          <Typography.Title level={3} style={{ marginTop: 0 }}>
            {title}
          </Typography.Title>
          {children}
        </Card>
      </div>
    </div>
  );
}
