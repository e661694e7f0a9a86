import { useEffect } from 'react';
import { purgeExpiredTrash } from './trash-repository.ts';

/** At start, entries older than 30 days leave the papperskorg for good, as its text in Inställningar says. */
export function usePurgeExpiredTrash(): void {
  useEffect(() => {
    purgeExpiredTrash().catch((error: unknown) => console.error('Papperskorgen gick inte att rensa vid start', error));
  }, []);
}
