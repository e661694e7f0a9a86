import { useEffect, useState } from 'react';

/** The wall clock, read again every `intervalMs` while `ticking` (the running timer's display). */
export function useNow(intervalMs: number, ticking: boolean): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    if (!ticking) return;
    setNow(new Date());
    const id = setInterval(() => setNow(new Date()), intervalMs);
    return () => clearInterval(id);
  }, [intervalMs, ticking]);
  return now;
}
