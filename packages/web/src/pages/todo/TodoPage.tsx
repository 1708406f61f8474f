import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { AdministratorsNotice } from '../../components/AdministratorsNotice.tsx';
import { GoLiveNotice } from '../../components/GoLiveNotice.tsx';
import { TodoCards } from '../../components/TodoCards.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { MenuPages } from './MenuPages.tsx';

/** 待办: everything waiting for the signed-in account, the landing page of every staff role. */
export default function TodoPage() {
  const { t } = useTranslation();
  usePageTitle(t('todo.title'));
  return (
    <div data-testid="todo-page">
      <Typography.Title level={3}>{t('todo.title')}</Typography.Title>
      <AdministratorsNotice />
      <GoLiveNotice />
      <TodoCards whenEmpty={<MenuPages />} />
    </div>
  );
}
