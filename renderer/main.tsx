import '@fontsource/noto-sans/400.css';
import '@fontsource/noto-sans/600.css';
import '@fontsource/noto-sans/700.css';
import '@fontsource/noto-sans-arabic/400.css';
import '@fontsource/noto-sans-arabic/600.css';
import '@fontsource/noto-sans-arabic/700.css';
import './styles/index.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createHashRouter } from 'react-router';
import { App } from './app/App';
import { createDefaultBackend } from './app/backend/defaultBackend';
import { createI18n } from './app/i18n/createI18n';
import { applyDocumentLanguage } from './app/i18n/documentLanguage';
import { browserLanguage } from './app/i18n/preferredLanguage';
import { loadAllPages } from './app/lazyPage';
import { routes } from './app/routes';

// The browser's language until the saved choice arrives from the app settings.
const i18n = createI18n(browserLanguage());
applyDocumentLanguage(i18n.language);

const root = document.getElementById('root');
if (!root) throw new Error('index.html lacks #root');

createRoot(root).render(
  <StrictMode>
    <App backend={createDefaultBackend()} i18n={i18n} router={createHashRouter(routes)} />
  </StrictMode>,
);

// The pages' code is left out of the first paint (lazyPage); fetch it once the app is idle, so pages open at once.
requestIdleCallback(() => void loadAllPages());
