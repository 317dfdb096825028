/**
 * What every channel service shares: the handler type, the errors a caller gets back (IPC passes
 * them on, the HTTP bridge maps them to statuses), argument validation and the admin gate.
 */
import type { z } from 'zod';
import type { IpcChannel, IpcContract } from '../../contract/ipc.ts';
import type { AdminSession } from '../security/admin-session.ts';

/** One channel's implementation: its (unchecked) arguments in, its result out. */
export type ServiceHandler<C extends IpcChannel> = (
  ...args: IpcContract[C]['args']
) => IpcContract[C]['result'] | Promise<IpcContract[C]['result']>;

/** Thrown to the caller when an argument fails validation. */
export class InvalidArgumentError extends Error {
  constructor(channel: string, detail: string) {
    super(`invalid arguments for ${channel}: ${detail}`);
    this.name = 'InvalidArgumentError';
  }
}

/** Thrown to the caller for an admin channel called without an open admin session. */
export class AdminLockedError extends Error {
  constructor() {
    super('admin session locked');
    this.name = 'AdminLockedError';
  }
}

/** Thrown for a channel this process cannot answer (e.g. a folder dialog in browser mode). */
export class UnavailableError extends Error {
  constructor(what: string) {
    super(`${what} is not available here`);
    this.name = 'UnavailableError';
  }
}

export type ServiceLog = Pick<Console, 'info' | 'warn' | 'error'>;

/** Validates the arguments `args` of `channel` against the tuple schema, or throws. */
export function parseArgs<T>(channel: string, schema: z.ZodType<T>, args: unknown[]): T {
  const parsed = schema.safeParse(args);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw new InvalidArgumentError(channel, `${issue?.path.join('.') || '(arguments)'}: ${issue?.message ?? 'invalid'}`);
}

/** The admin gate: throws `AdminLockedError` unless a full session is open (and restarts its idle clock). */
export function adminGate(session: AdminSession, log: ServiceLog): (channel: string) => void {
  return (channel) => {
    if (session.touch() !== 'full') {
      log.warn(`[kiosk] refused ${channel}: admin session locked`);
      throw new AdminLockedError();
    }
  };
}
