/** Product facts shared by both hosts. */
export const APP_NAME = 'MOA-arbetsboken';
export const APP_ID = 'se.rus.moa-arbetsboken';
/** Bumped with every database schema version (see renderer/db/schema.ts). */
export const DATA_FORMAT_VERSION = 7;
/** The app's own origin in the desktop host (custom protocol, see electron/main/protocol.ts). */
export const DESKTOP_SCHEME = 'app';
export const DESKTOP_HOST = 'moa';
export const DESKTOP_ORIGIN = `${DESKTOP_SCHEME}://${DESKTOP_HOST}`;
