import { GlobalOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../locale.tsx';

/** One button that switches between Chinese and English. */
export function LangSwitch({ light = false }: { light?: boolean }) {
  const { lang, setLang } = useLocale();
  const { t } = useTranslation();
  return (
    <Button
      type="text"
      icon={<GlobalOutlined />}
      onClick={() => setLang(lang === 'zh' ? 'en' : 'zh')}
      style={light ? { color: '#fff' } : undefined}
      aria-label={t('lang.label')}
      data-testid="lang-switch"
    >
      {t('lang.switchTo')}
    </Button>
  );
}
