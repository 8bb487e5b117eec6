import { Segmented } from 'antd';
import type { Lang } from '../app/i18n';
import { useLocale } from '../app/locale';

const OPTIONS: { label: string; value: Lang }[] = [
  { label: 'VI', value: 'vi' },
  { label: 'EN', value: 'en' },
];

export function LangSwitch() {
  const { lang, setLang, t } = useLocale();
  return (
    <Segmented<Lang>
      size="small"
      options={OPTIONS}
      value={lang}
      onChange={setLang}
      aria-label={t('lang.label')}
      data-testid="lang-switch"
    />
  );
}
