import { useEffect, useState } from 'react';

export type StorageState = 'checking' | 'persisted' | 'not-persisted' | 'unknown';

/** Asks once per start for persistent storage, so the browser does not evict the workbook under disk pressure. */
export async function requestPersistentStorage(): Promise<StorageState> {
  try {
    if (!navigator.storage?.persist) return 'unknown';
    if (await navigator.storage.persisted()) return 'persisted';
    return (await navigator.storage.persist()) ? 'persisted' : 'not-persisted';
  } catch {
    return 'unknown';
  }
}

let request: Promise<StorageState> | null = null;

export function useStorageState(): StorageState {
  const [state, setState] = useState<StorageState>('checking');
  useEffect(() => {
    let live = true;
    request ??= requestPersistentStorage();
    void request.then((result) => {
      if (live) setState(result);
    });
    return () => {
      live = false;
    };
  }, []);
  return state;
}
