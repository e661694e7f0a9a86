import { useEffect, useState } from 'react';

/**
 * A message that outlives a removal which navigates away (a project's editor
 * goes back to the list): the next view takes it once and says it in its
 * status region.
 */
let pending: string | null = null;

export function leaveRemovalNotice(text: string): void {
  pending = text;
}

/** The pending notice, taken after the first render so the status region announces it as a change. */
export function useRemovalNotice(): string {
  const [notice, setNotice] = useState('');
  useEffect(() => {
    if (pending === null) return;
    setNotice(pending);
    pending = null;
  }, []);
  return notice;
}
