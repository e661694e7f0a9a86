/**
 * The only module that touches `ipcMain`: every handler is registered through
 * `addHandler`, which puts the sender and payload checks in front of it.
 */
import { ipcMain } from 'electron';
import { ipcChannels, type IpcChannelName } from '../../shared/platform/ipc.ts';
import type { IpcHandler, IpcHandlers } from '../ipc-types.ts';
import { guardIpcHandler, type IpcGuardOptions } from './ipc-validation.ts';

export function addHandler<K extends IpcChannelName>(name: K, handler: IpcHandler<K>, options: IpcGuardOptions): void {
  ipcMain.handle(ipcChannels[name].channel, guardIpcHandler(name, handler, options));
}

export function registerIpcHandlers(handlers: IpcHandlers, options: IpcGuardOptions): void {
  const register = <K extends IpcChannelName>(name: K): void => addHandler(name, handlers[name], options);
  for (const name of Object.keys(ipcChannels) as IpcChannelName[]) register(name);
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
