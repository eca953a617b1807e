import { useEffect } from 'react';

export function NotFoundPage() {
  useEffect(() => {
    document.title = 'Page not found – Kinboard';
  }, []);
  return (
    <main className="page page--narrow" id="main">
      <p className="brand">Kinboard</p>
      <h1>Page not found</h1>
      <p>Check the link you were sent. Board links start with the address of this site followed by /b/.</p>
      <p>
        <a href="/">Go to the Kinboard home page</a>
      </p>
    </main>
  );
}
