import { Alert, Button } from 'antd';
import { errorText } from '../app/api';
import { useLocale } from '../app/locale';

/** A failed query: the server's message in the current language and a retry button. */
export function LoadError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { lang, t } = useLocale();
  return (
    <Alert
      type="error"
      showIcon
      title={t('error.load')}
      description={errorText(error, lang)}
      action={onRetry ? <Button onClick={onRetry}>{t('app.retry')}</Button> : undefined}
      data-testid="load-error"
    />
  );
}
