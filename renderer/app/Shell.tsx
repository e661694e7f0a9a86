import type { ReactNode } from 'react';
import { HeaderTimer } from '../features/timelog/HeaderTimer.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { hrefFor, routes, type RouteId } from './routes.ts';

/** The frame around every view: skip link, main menu, content. */
export function Shell({ current, onShowAbout, children }: { current: RouteId; onShowAbout: () => void; children: ReactNode }) {
  const { t } = useI18n();
  return (
    <div className="shell">
      <a className="skip-link" href="#main" onClick={(e) => {
        e.preventDefault();
        document.querySelector<HTMLElement>('#main h1')?.focus();
      }}>
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <p className="app-title">{t('app.name')}</p>
        <p className="app-tagline">{t('app.tagline')}</p>
        <HeaderTimer />
      </header>
      <nav aria-label={t('nav.label')} className="main-nav">
        <ul>
          {routes.map((route) => (
            <li key={route.id}>
              <a href={hrefFor(route.id)} aria-current={route.id === current ? 'page' : undefined}>
                {t(route.label)}
              </a>
            </li>
          ))}
        </ul>
        <button type="button" className="link-button" onClick={onShowAbout}>
          {t('nav.about')}
        </button>
      </nav>
      <main id="main" className="content">
        {children}
      </main>
    </div>
  );
}
