import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.tsx';
import { detectLocale, loadMessages } from './i18n/locale.ts';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// A Chinese reader's first paint is Chinese: its catalog (a small chunk) loads before the first render.
// If it cannot be fetched, the console starts in English rather than not at all.
const wanted = detectLocale();
const locale = await loadMessages(wanted).then(
  () => wanted,
  () => 'en' as const,
);
document.documentElement.lang = locale;

createRoot(root).render(
  <StrictMode>
    <App locale={locale} />
  </StrictMode>,
);
