import { useEffect } from 'react';
import { t } from '../i18n';

interface FailureNoticeProps {
  readonly message: string;
  readonly title?: string;
}

/** A link that cannot open a board, or a board closed for good, said plainly. */
export function FailureNotice({ message, title = t('board.FailureNotice.cannotBeOpened') }: FailureNoticeProps) {
  useEffect(() => {
    document.title = t('board.FailureNotice.kinboard', { title });
  }, [title]);
  return (
    <main className="page page--narrow" id="main">
      <p className="brand">Kinboard</p>
      <h1>{title}</h1>
      <div className="alert" role="alert">
        <p>{message}</p>
      </div>
      <p>
        <a href="/">{t('board.FailureNotice.goToTheKinboardHome')}</a>
      </p>
    </main>
  );
}
