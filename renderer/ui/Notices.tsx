import type { ReactNode } from 'react';

/**
 * A view's two live lines: what was done (polite status) and what went wrong (an alert). Both are
 * always in the page, empty when there is nothing to say, so a screen reader hears each new text.
 */
export function Notices({ status, alert, children }: { status: string; alert: string; /** Between the two: an action on what was said (Ångra). */ children?: ReactNode }) {
  return (
    <>
      <p role="status" className="status">
        {status}
      </p>
      {children}
      <p role="alert" className="alert-text">
        {alert}
      </p>
    </>
  );
}
