import { Button, Result } from 'antd';
import { Link } from 'react-router';
import { useLocale } from '../app/locale';
import { PATHS } from '../app/paths';

export function ForbiddenPage() {
  const { t } = useLocale();
  return (
    <Result
      status="403"
      title={t('error.403.title')}
      subTitle={t('error.403.text')}
      data-testid="forbidden"
      extra={
        <Link to={PATHS.map}>
          <Button type="primary">{t('app.home')}</Button>
        </Link>
      }
    />
  );
}

export function NotFoundPage() {
  const { t } = useLocale();
  return (
    <Result
      status="404"
      title={t('error.404.title')}
      subTitle={t('error.404.text')}
      data-testid="not-found"
      extra={
        <Link to={PATHS.map}>
          <Button type="primary">{t('app.home')}</Button>
        </Link>
      }
    />
  );
}
