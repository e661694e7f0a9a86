import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { platform } from '#host';
import { App } from './app/App.tsx';
import { ErrorBoundary } from './app/ErrorBoundary.tsx';
import { db, openWorkbookDatabase } from './db/database.ts';
import { installBrowserGuards } from './security/browser-guards.ts';
import { installUndoGuard } from './ui/undo-guard.ts';
import './styles.css';

installBrowserGuards((url) => platform.openExternal(url));
installUndoGuard();

/** Hands a start-up failure to the error boundary, which knows how to word it. */
function StartupFailure({ error }: { error: unknown }): ReactNode {
  throw error;
}

const container = document.getElementById('root');
if (!container) throw new Error('index.html saknar #root');
const root = createRoot(container);
const render = (content: ReactNode) =>
  root.render(
    <StrictMode>
      <ErrorBoundary>{content}</ErrorBoundary>
    </StrictMode>,
  );

// The database is opened (and checked for a newer data format) before any view may query it.
openWorkbookDatabase(db()).then(
  () => render(<App />),
  (error: unknown) => render(<StartupFailure error={error} />),
);
