import type { Logger } from '../../../electron/main/log.ts';

export interface LogEntry {
  level: 'info' | 'warn' | 'error';
  message: string;
  context: Record<string, unknown> | undefined;
}

/** A Logger that remembers what was logged, so tests can assert that refusals leave a trace. */
export function recordingLogger(): { log: Logger; entries: LogEntry[] } {
  const entries: LogEntry[] = [];
  const record = (level: LogEntry['level']) => (message: string, context?: Record<string, unknown>) => {
    entries.push({ level, message, context });
  };
  return { log: { info: record('info'), warn: record('warn'), error: record('error') }, entries };
}
