import { Component, type ErrorInfo, type ReactNode } from 'react';
import { DATA_FORMAT_VERSION } from '#shared/version.ts';
import { NewerDataFormatError } from '../db/database.ts';
import { translator } from '../i18n/i18n.tsx';

/** Dexie wraps errors thrown while opening; look inside for ours. */
function findNewerFormat(error: unknown): NewerDataFormatError | null {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current; depth += 1) {
    if (current instanceof NewerDataFormatError) return current;
    current = (current as { inner?: unknown; cause?: unknown }).inner ?? (current as { cause?: unknown }).cause;
  }
  return null;
}

interface State {
  error: Error | null;
  report: string;
}

/** Bugs end here: logged with context and shown as "Något gick fel" with a report the user can copy. */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null, report: '' };

  static getDerivedStateFromError(error: Error): Partial<State> {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    const report = [
      `${error.name}: ${error.message}`,
      `Tid: ${new Date().toISOString()}`,
      `Vy: ${window.location.hash || '#/'}`,
      `Webbläsare: ${navigator.userAgent}`,
      error.stack ?? '',
      info.componentStack ?? '',
    ].join('\n');
    console.error('Unhandled UI error', error, info.componentStack);
    this.setState({ report });
  }

  override render() {
    if (!this.state.error) return this.props.children;
    // The language context may be what failed, so use the default catalogue directly.
    const t = translator(document.documentElement.lang === 'en' ? 'en' : 'sv');
    const newer = findNewerFormat(this.state.error);
    if (newer) {
      return (
        // The main landmark stays a landmark (a role on <main> would take it away); the alert is inside it.
        <main id="main" className="crash">
          <div role="alert">
            <h1>{t('error.newerFormatHeading')}</h1>
            <p>{t('error.newerFormat', { stored: newer.storedVersion, supported: DATA_FORMAT_VERSION })}</p>
          </div>
        </main>
      );
    }
    return (
      <main id="main" className="crash">
        <div role="alert">
          <h1>{t('error.heading')}</h1>
          <p>{t('error.body')}</p>
        </div>
        <details>
          <summary>{t('error.details')}</summary>
          <pre>{this.state.report}</pre>
        </details>
        <div className="actions">
          <button type="button" onClick={() => void navigator.clipboard?.writeText(this.state.report)}>
            {t('error.copy')}
          </button>
          <button type="button" className="primary" onClick={() => window.location.reload()}>
            {t('error.reload')}
          </button>
        </div>
      </main>
    );
  }
}
