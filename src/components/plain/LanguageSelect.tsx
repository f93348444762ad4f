// English / 简体中文 / 繁體中文. A native select: keyboard and screen readers know it, and it costs nothing on first
// paint. Its name reads in English and Chinese, so a user who cannot read the current language still finds it.
import { useId } from 'react';
import { useLocale, useT } from '../../i18n/I18nProvider.tsx';
import { isLocale, LOCALES } from '../../i18n/locale.ts';

export function LanguageSelect({ onDark = false }: { onDark?: boolean }) {
  const id = useId();
  const t = useT();
  const { locale, setLocale } = useLocale();
  return (
    <div className="rb-row">
      <label htmlFor={id} className="rb-body2">
        {t.common.languageLabel}
      </label>
      <select
        id={id}
        className={onDark ? 'rb-select rb-select-on-dark' : 'rb-select'}
        value={locale}
        onChange={(e) => {
          const next = e.target.value;
          if (isLocale(next)) void setLocale(next);
        }}
      >
        {LOCALES.map((l) => (
          <option key={l} value={l} lang={l}>
            {t.common.languageNames[l]}
          </option>
        ))}
      </select>
    </div>
  );
}
