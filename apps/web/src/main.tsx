import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { activateLocale, initialLocale, useMessages } from './i18n';
import './styles/tokens.css';
import './styles/base.css';
import './styles/home.css';
import './styles/controls.css';

/**
 * Draws the app again from the top when the language changes, so every word is looked up anew
 * without losing anything on screen (the few memoised components also subscribe with useLocale).
 */
function LocaleRoot() {
  useMessages();
  return <App />;
}

// The person's language is in place before the first paint (English is bundled; others load first).
void activateLocale(initialLocale())
  .catch(() => activateLocale('en'))
  .finally(() => {
    createRoot(document.getElementById('root')!).render(
      <StrictMode>
        <LocaleRoot />
      </StrictMode>,
    );
  });
