import createCache from '@emotion/cache';
import { CacheProvider } from '@emotion/react';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, queryClient } from './app/App';
import { loadSession, SESSION_KEY } from './session/session';
import { initI18n } from './i18n';
import './app/global.css';

/** The server's Content-Security-Policy allows style elements carrying this response's nonce. */
function styleCache() {
  const nonce = document.querySelector<HTMLMetaElement>('meta[name="csp-nonce"]')?.content;
  return createCache({ key: 'rh', ...(nonce && nonce !== '__CSP_NONCE__' ? { nonce } : {}) });
}

// The session is asked for at once, in parallel with start-up, not after the first render.
void queryClient.prefetchQuery({ queryKey: SESSION_KEY, queryFn: loadSession });
await initI18n();
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <CacheProvider value={styleCache()}>
      <App />
    </CacheProvider>
  </StrictMode>,
);
