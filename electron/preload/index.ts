/**
 * The sandboxed preload: exposes the Platform contract as `window.moa`, one
 * named function per service. No generic invoke or raw ipcRenderer reaches
 * the page, so a script injected into the page can do no more than the UI can.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { MenuCommand, Platform } from '#shared/platform/contract.ts';
import { beforeCloseChannel, closeReadyChannel, ipcChannels, koladaProgressChannel, koladaProgressSchema, menuCommandChannel, menuCommandSchema, type IpcChannelName } from '#shared/platform/ipc.ts';
import type { IpcRequest, IpcResult } from '../ipc-types.ts';
import { toRendererError } from './remote-error.ts';

async function invoke<K extends IpcChannelName>(name: K, request: IpcRequest<K>): Promise<IpcResult<K>> {
  try {
    // ipcRenderer.invoke is untyped; the main process answers channel K with IpcResult<K> (electron/ipc-types.ts).
    return (await ipcRenderer.invoke(ipcChannels[name].channel, request)) as IpcResult<K>;
  } catch (error) {
    throw toRendererError(error);
  }
}

const bridge = {
  host: 'desktop',
  saveFile: (request) => invoke('saveFile', request),
  openFile: (request) => invoke('openFile', request),
  openFiles: (request) => invoke('openFiles', request),
  getSettings: () => invoke('getSettings', undefined),
  updateSettings: (patch) => invoke('updateSettings', patch),
  getAppInfo: () => invoke('getAppInfo', undefined),
  openExternal: (url) => invoke('openExternal', url),
  listAutoBackups: () => invoke('listAutoBackups', undefined),
  writeAutoBackup: (request) => invoke('writeAutoBackup', request),
  readAutoBackup: (id) => invoke('readAutoBackup', id),
  canFetchKolada: true,
  fetchKolada: (request) => invoke('fetchKolada', request),
  cancelKoladaFetch: () => invoke('cancelKoladaFetch', undefined),
  onKoladaProgress(listener: (progress: { pages: number }) => void): () => void {
    const onMessage = (_event: IpcRendererEvent, progress: unknown): void => {
      const parsed = koladaProgressSchema.safeParse(progress);
      if (parsed.success) listener(parsed.data);
    };
    ipcRenderer.on(koladaProgressChannel, onMessage);
    return () => {
      ipcRenderer.removeListener(koladaProgressChannel, onMessage);
    };
  },
  onMenuCommand(listener: (command: MenuCommand) => void): () => void {
    const onMessage = (_event: IpcRendererEvent, command: unknown): void => {
      const parsed = menuCommandSchema.safeParse(command);
      if (parsed.success) listener(parsed.data);
    };
    ipcRenderer.on(menuCommandChannel, onMessage);
    return () => {
      ipcRenderer.removeListener(menuCommandChannel, onMessage);
    };
  },
  onBeforeClose(store: () => Promise<void>): () => void {
    // Answered even when storing fails: the main process closes after a time limit anyway, and the journal keeps the edits.
    const onMessage = (): void => {
      store()
        .catch(() => undefined)
        .finally(() => ipcRenderer.send(closeReadyChannel));
    };
    ipcRenderer.on(beforeCloseChannel, onMessage);
    return () => {
      ipcRenderer.removeListener(beforeCloseChannel, onMessage);
    };
  },
} satisfies Platform;

contextBridge.exposeInMainWorld('moa', bridge);
