/**
 * The main process logs refusals (IPC, navigation, permissions) so that an
 * attack or a renderer bug leaves a trace; modules take a `Logger` so tests
 * can assert on what was logged without touching the console.
 */
export interface Logger {
  info(message: string, context?: Record<string, unknown>): void;
  warn(message: string, context?: Record<string, unknown>): void;
  error(message: string, context?: Record<string, unknown>): void;
}

function write(sink: (...args: unknown[]) => void, message: string, context?: Record<string, unknown>): void {
  if (context === undefined) sink(`[moa] ${message}`);
  else sink(`[moa] ${message}`, context);
}

export const consoleLogger: Logger = {
  info: (message, context) => write(console.info, message, context),
  warn: (message, context) => write(console.warn, message, context),
  error: (message, context) => write(console.error, message, context),
};

/** Untrusted strings (URLs, channel names) are clipped before logging so a hostile page cannot flood the log. */
export function clip(value: unknown, max = 200): string {
  const text = String(value);
  return text.length > max ? `${text.slice(0, max)}…` : text;
}
