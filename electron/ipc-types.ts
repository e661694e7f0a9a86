/**
 * Types derived from the shared IPC channel map and the Platform contract, so
 * the main-process handlers and the preload's invoker cannot drift apart:
 * each channel's request/result is exactly the Platform method's.
 */
import type { z } from 'zod';
import type { IpcChannelName, ipcChannels } from '#shared/platform/ipc.ts';
import type { Platform } from '#shared/platform/contract.ts';

/** What the main process holds after validating a channel's payload. */
export type IpcPayload<K extends IpcChannelName> = z.output<(typeof ipcChannels)[K]['payload']>;

/** What the renderer passes for a channel (the Platform method's argument). */
export type IpcRequest<K extends IpcChannelName> = Parameters<Platform[K]>[0];

/** What a channel resolves to (the Platform method's result). */
export type IpcResult<K extends IpcChannelName> = Awaited<ReturnType<Platform[K]>>;

export type IpcHandler<K extends IpcChannelName> = (payload: IpcPayload<K>) => IpcResult<K> | Promise<IpcResult<K>>;

/** One handler per channel; a missing one is a compile error. */
export type IpcHandlers = { [K in IpcChannelName]: IpcHandler<K> };
