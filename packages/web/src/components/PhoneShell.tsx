import { ConfigProvider, Flex, Typography } from 'antd';
import type { CSSProperties, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LangSwitch } from './LangSwitch.tsx';
import { PHONE_THEME } from './phone-theme.ts';

/**
 * The frame of the public phone pages (activation, joining, the worker's sign-in): the brand header with the
 * page's title over the platform's name (or `subtitle`), and one column, its controls sized for a thumb
 * (phone-theme.ts).
 */
export function PhoneShell({
  title,
  subtitle,
  children,
}: {
  title: string;
  subtitle?: string;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <ConfigProvider theme={PHONE_THEME}>
      <div className="m-shell">
        <header className="m-hero">
          <div className="m-hero-lang">
            <LangSwitch light />
          </div>
          <span className="brand-mark large light">工</span>
          <h1>{title}</h1>
          <p>{subtitle ?? t('app.name')}</p>
        </header>
        <main className="m-main">{children}</main>
      </div>
    </ConfigProvider>
  );
}

/**
 * The frame of a public page read on a phone without signing in (a station's check-in, the stations near me, a
 * call's gallery): one narrow column, the page's title with the language switch beside it.
 */
export function PublicColumn({
  title,
  testId,
  headStyle,
  children,
}: {
  title: string;
  testId: string;
  /** The title line's own style (its space below). */
  headStyle?: CSSProperties;
  children: ReactNode;
}) {
  return (
    <div style={{ maxWidth: 480, margin: '0 auto', padding: 12 }} data-testid={testId}>
      <Flex justify="space-between" align="center" style={headStyle}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {title}
        </Typography.Title>
        <LangSwitch />
      </Flex>
      {children}
    </div>
  );
}
