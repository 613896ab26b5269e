import { CssBaseline, ThemeProvider } from '@mui/material';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, type RenderResult } from '@testing-library/react';
import i18next from 'i18next';
import type { ReactElement } from 'react';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import { themeFor } from '../app/theme';
import { NAMESPACES, type Language } from '../i18n/resources';

/**
 * The global i18next instance with every namespace, in the language asked: module-level helpers
 * (humanMessage, format.ts) read it, as they do in the app.
 */
export async function testI18n(lng: Language = 'ja') {
  if (i18next.isInitialized) {
    await i18next.changeLanguage(lng);
    return i18next;
  }
  const instance = i18next;
  const resources: Record<string, Record<string, Record<string, string>>> = { ja: {}, en: {} };
  for (const [ns, m] of Object.entries(NAMESPACES)) {
    resources.ja![ns] = m.ja;
    resources.en![ns] = m.en;
  }
  await instance.use(initReactI18next).init({
    lng,
    fallbackLng: 'ja',
    defaultNS: 'common',
    resources,
    interpolation: { escapeValue: false },
  });
  return instance;
}

/** Renders a component as the app would: theme, i18n, query client and a router at `path`. */
export async function renderUi(
  ui: ReactElement,
  opts: { lng?: Language; path?: string } = {},
): Promise<RenderResult> {
  const i18n = await testI18n(opts.lng);
  const qc = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <I18nextProvider i18n={i18n}>
      <ThemeProvider theme={themeFor(opts.lng ?? 'ja')}>
        <CssBaseline />
        <QueryClientProvider client={qc}>
          <MemoryRouter initialEntries={[opts.path ?? '/']}>{ui}</MemoryRouter>
        </QueryClientProvider>
      </ThemeProvider>
    </I18nextProvider>,
  );
}
