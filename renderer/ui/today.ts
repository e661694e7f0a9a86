/** Today's date on this computer as `YYYY-MM-DD` (local time: a Swedish user at 00:30 is on the new day, which UTC is not). */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
