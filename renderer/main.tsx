// First: zod's settings must be in place before any schema is built.
import './zod-config.ts';
import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { platform } from '#host';
import { App, type StartState } from './app/App.tsx';
import { getProfile } from './db/profile.ts';
import { routeFromHash } from './app/routes.ts';
import { preloadView, preloadViewData } from './app/views.tsx';
import { flushSaves, registerSaveOperations, replaySaveJournal } from './saving/autosave.ts';
import { ErrorBoundary } from './app/ErrorBoundary.tsx';
import { db, openWorkbookDatabase } from './db/database.ts';
import { installBrowserGuards } from './security/browser-guards.ts';
import { installUndoGuard } from './ui/undo-guard.ts';
import './styles.css';
// Widgets every view uses, loaded with the shell so no view's look depends on which view came first.
import './ui/shared.css';
import './ui/print.css';

installBrowserGuards((url) => platform.openExternal(url));
installUndoGuard();
// The desktop window waits for pending edits to be stored before it closes.
platform.onBeforeClose(flushSaves);

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

/** Loads the repositories that store journaled edits (their own chunk, as the views are) and registers them. */
async function loadSaveOperations(): Promise<void> {
  const { saveOperations } = await import('./app/save-operations.ts');
  registerSaveOperations(saveOperations);
}

// The database is opened (and checked for a newer data format) before any view may query it, and
// edits an earlier page typed but could not write (a reload mid-typing) are stored before any view or
// the automatic backup reads it. A replay that fails keeps its edits and shows the failed save state.
// The view the start opens at is fetched meanwhile, so its first render does not wait for its chunk.
const startHash = window.location.hash;
const opened = Promise.all([openWorkbookDatabase(db()), loadSaveOperations()]).then(() => replaySaveJournal());
// What the first render needs (the profile decides between the first-run form and the app) is asked of the database
// first, and the start view's own data straight after it: the database answers in order, so a large read (the activity
// table's) runs while the view's chunk and the shell are drawn without holding up the profile.
const start: Promise<StartState> = opened.then(() => {
  const state = Promise.all([getProfile(), platform.getSettings()]).then(([profile, settings]) => ({ profile, settings }));
  preloadViewData(startHash);
  return state;
});
Promise.all([start, preloadView(routeFromHash(startHash))]).then(
  ([state]) => render(<App start={state} />),
  (error: unknown) => render(<StartupFailure error={error} />),
);
