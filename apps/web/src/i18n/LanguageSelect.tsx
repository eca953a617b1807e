import { LOCALES } from './locales';
import './LanguageSelect.css';
import { activateLocale, t, useLocale } from './messages';

/** The interface language for this person on this device; each name is written in its own language. */
export function LanguageSelect({ className }: { className?: string }) {
  const locale = useLocale();
  return (
    <label className={className ?? 'language-select'}>
      <span>{t('i18n.language')}</span>
      <select
        value={locale}
        onChange={(event) => {
          const chosen = LOCALES.find((option) => option.code === event.target.value);
          if (chosen) void activateLocale(chosen.code, { remember: true });
        }}
      >
        {LOCALES.map((option) => (
          <option key={option.code} value={option.code} lang={option.code}>
            {option.name}
          </option>
        ))}
        {LOCALES.some((option) => option.code === locale) ? null : <option value={locale}>{locale}</option>}
      </select>
    </label>
  );
}
