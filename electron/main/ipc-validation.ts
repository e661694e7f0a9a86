/**
 * The checks every IPC call passes before a handler runs: a known channel, a
 * sender frame showing the app itself (not an injected iframe or a page the
 * window was tricked into loading), and a payload matching the channel's
 * schema. Kept free of Electron so it can be tested in Node.
 */
import { ipcChannels, type IpcChannelName } from '#shared/platform/ipc.ts';
import type { IpcHandler, IpcPayload, IpcResult } from '../ipc-types.ts';
import { isTrustedSenderUrl } from '#shared/security/url-guards.ts';
import { clip, type Logger } from './log.ts';

export type IpcValidation<K extends IpcChannelName> =
  | { ok: true; payload: IpcPayload<K> }
  | { ok: false; error: string };

const MAX_REPORTED_ISSUES = 5;

export function validateIpcCall<K extends IpcChannelName>(
  senderUrl: unknown,
  channelName: K,
  payload: unknown,
  trustedOrigins: readonly string[],
): IpcValidation<K> {
  // hasOwn, not `in`: "constructor" or "__proto__" must not look like channels.
  if (typeof channelName !== 'string' || !Object.hasOwn(ipcChannels, channelName)) {
    return { ok: false, error: `IPC refused: unknown channel "${clip(channelName)}"` };
  }
  const { channel, payload: schema } = ipcChannels[channelName];
  if (!isTrustedSenderUrl(senderUrl, trustedOrigins)) {
    const sender = typeof senderUrl === 'string' ? clip(senderUrl) : 'none';
    return { ok: false, error: `IPC refused on ${channel}: untrusted sender (${sender})` };
  }
  const parsed = schema.safeParse(payload);
  if (!parsed.success) {
    const issues = parsed.error.issues
      .slice(0, MAX_REPORTED_ISSUES)
      .map((issue) => `${issue.path.length > 0 ? issue.path.join('.') : 'payload'}: ${issue.message}`)
      .join('; ');
    return { ok: false, error: `IPC refused on ${channel}: invalid payload (${issues})` };
  }
  // The schema of channel K produced this value; TS cannot correlate the union back to K.
  return { ok: true, payload: parsed.data as IpcPayload<K> };
}

/** The slice of Electron's IpcMainInvokeEvent the guard reads. */
export interface IpcInvokeEventLike {
  readonly senderFrame: { readonly url: string } | null;
}

export function senderUrlOf(event: IpcInvokeEventLike): string | null {
  try {
    return event.senderFrame?.url ?? null;
  } catch {
    // A frame disposed mid-call throws on access; that is not a sender we trust.
    return null;
  }
}

export interface IpcGuardOptions {
  trustedOrigins: readonly string[];
  log: Logger;
}

/** Wraps a handler so it only ever runs on a validated call; refusals throw and are logged. */
export function guardIpcHandler<K extends IpcChannelName>(name: K, handler: IpcHandler<K>, options: IpcGuardOptions) {
  return async (event: IpcInvokeEventLike, ...args: unknown[]): Promise<IpcResult<K>> => {
    const validation =
      args.length > 1
        ? { ok: false as const, error: `IPC refused on ${ipcChannels[name].channel}: expected one argument, got ${args.length}` }
        : validateIpcCall(senderUrlOf(event), name, args[0], options.trustedOrigins);
    if (!validation.ok) {
      options.log.warn(validation.error);
      throw new Error(validation.error);
    }
    try {
      return await handler(validation.payload);
    } catch (error) {
      options.log.error('IPC handler failed', { channel: ipcChannels[name].channel, error: String(error) });
      throw error;
    }
  };
}
