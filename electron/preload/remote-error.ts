/**
 * Electron rejects a failed `invoke` with "Error invoking remote method
 * 'channel': UserFileError: <message>". The renderer shows the message
 * (Swedish, written for the user), so the transport prefix is removed here.
 */
const REMOTE_PREFIX = /^Error invoking remote method '[^']*': (?:[A-Za-z]*Error: )?/;

export function stripRemoteErrorPrefix(message: string): string {
  return message.replace(REMOTE_PREFIX, '');
}

export function toRendererError(error: unknown): Error {
  return new Error(stripRemoteErrorPrefix(error instanceof Error ? error.message : String(error)));
}
