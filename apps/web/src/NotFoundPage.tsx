import { useEffect } from 'react';
import { t } from './i18n';

export function NotFoundPage() {
  useEffect(() => {
    document.title = t('app.NotFoundPage.pageNotFoundKinboard');
  }, []);
  return (
    <main className="page page--narrow" id="main">
      <p className="brand">Kinboard</p>
      <h1>{t('app.NotFoundPage.pageNotFound')}</h1>
      <p>{t('app.NotFoundPage.checkTheLinkYouWere')}</p>
      <p>
        <a href="/">{t('app.NotFoundPage.goToTheKinboardHome')}</a>
      </p>
    </main>
  );
}
