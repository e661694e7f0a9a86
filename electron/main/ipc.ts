/**
 * The only module that touches `ipcMain`: every handler is registered through
 * `addHandler`, which puts the sender and payload checks in front of it.
 */
import { ipcMain, type WebContents } from 'electron';
import { closeReadyChannel, ipcChannels, type IpcChannelName } from '#shared/platform/ipc.ts';
import { isTrustedSenderUrl } from '#shared/security/url-guards.ts';
import type { IpcHandler, IpcHandlers } from '../ipc-types.ts';
import { guardIpcHandler, senderUrlOf, type IpcGuardOptions } from './ipc-validation.ts';

export function addHandler<K extends IpcChannelName>(name: K, handler: IpcHandler<K>, options: IpcGuardOptions): void {
  ipcMain.handle(ipcChannels[name].channel, guardIpcHandler(name, handler, options));
}

export function registerIpcHandlers(handlers: IpcHandlers, options: IpcGuardOptions): void {
  const register = <K extends IpcChannelName>(name: K): void => addHandler(name, handlers[name], options);
  for (const name of Object.keys(ipcChannels) as IpcChannelName[]) register(name);
}

/** Calls `listener` with the sender when a renderer says its edits are stored (before its window closes); trusted senders only. */
export function onCloseReady(listener: (sender: WebContents) => void, options: IpcGuardOptions): void {
  ipcMain.on(closeReadyChannel, (event) => {
    if (!isTrustedSenderUrl(senderUrlOf(event), options.trustedOrigins)) {
      options.log.warn(`IPC refused on ${closeReadyChannel}: untrusted sender`);
      return;
    }
    listener(event.sender);
  });
}

/**
 * electron-store registers a raw, unguarded `electron-store-get-data` listener
 * (for renderer-side stores, which this app does not use) that would tell any
 * sender the userData path. Dropped once the store exists; every channel the
 * app answers goes through addHandler.
 */
export function removeUnguardedListeners(): void {
  ipcMain.removeAllListeners('electron-store-get-data');
}
