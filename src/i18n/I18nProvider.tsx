// The active language for the whole app: its catalog, its Intl formatters, and a way to switch.
import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useLayoutEffect,
  useMemo,
  useState,
} from 'react';
import { en, type Messages } from './en/index.ts';
import { type Format, formatFor } from './format.ts';
import { detectLocale, type Locale, loadMessages, messagesIfLoaded, saveLocale } from './locale.ts';

interface I18n {
  locale: Locale;
  t: Messages;
  format: Format;
  setLocale: (locale: Locale) => Promise<void>;
}

const I18nContext = createContext<I18n>({
  locale: 'en',
  t: en,
  format: formatFor('en'),
  setLocale: () => Promise.resolve(),
});

/** `locale` (tests, or main.tsx after loading the catalog) wins over detection; an unloaded catalog loads first. */
export function I18nProvider({ locale: initial, children }: { locale?: Locale; children: ReactNode }) {
  const [state, setState] = useState(() => {
    const locale = initial ?? detectLocale();
    const t = messagesIfLoaded(locale);
    return t ? { locale, t } : { locale: 'en' as Locale, t: en, wanted: locale };
  });

  const setLocale = useCallback(async (locale: Locale) => {
    const t = await loadMessages(locale);
    saveLocale(locale);
    setState({ locale, t });
  }, []);

  // A language whose catalog was not in memory yet: English first, the wanted one as soon as it arrives.
  const wanted = 'wanted' in state ? state.wanted : undefined;
  useEffect(() => {
    if (wanted) void loadMessages(wanted).then((t) => setState({ locale: wanted, t }));
  }, [wanted]);

  // In the commit that shows the new words: no frame draws zh-TW text tagged zh-CN (the browser picks Han glyph forms
  // and screen readers pick a voice by it).
  useLayoutEffect(() => {
    document.documentElement.lang = state.locale;
  }, [state.locale]);

  const value = useMemo(
    () => ({ locale: state.locale, t: state.t, format: formatFor(state.locale), setLocale }),
    [state.locale, state.t, setLocale],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/** The messages of the active language: `t.recycleBin.title`, `t.vm.startedWithIps(name, ips)`. */
export function useT(): Messages {
  return useContext(I18nContext).t;
}

/** Intl formatters of the active language. */
export function useFormat(): Format {
  return useContext(I18nContext).format;
}

export function useLocale(): { locale: Locale; setLocale: (locale: Locale) => Promise<void> } {
  const { locale, setLocale } = useContext(I18nContext);
  return { locale, setLocale };
}
