/**
 * The IPC adapter of the kiosk-operations and content-pack channels: each handler drops Electron's
 * invoke event (the sender was already checked by `handleIpc` in `ipc-sender-check.ts`) and calls
 * the transport-free service of `main/core/services/`, which validates the arguments and checks the
 * admin session. Browser mode reaches the same services over HTTP (`main/core/services/http-bridge.ts`).
 */
import type { IpcMainInvokeEvent } from 'electron';
import type { IpcChannel, IpcContract } from '../contract/ipc.ts';
import {
  createOperationsService,
  unavailableOperationsService,
  type OperationsChannel,
  type OperationsDeps,
} from '../core/services/operations-service.ts';
import { unavailablePackLibraryService, type PackChannel } from '../core/services/pack-library-service.ts';
import type { ServiceHandler } from '../core/services/service-checks.ts';
import type { IpcHandler, IpcHandlers } from './ipc-sender-check.ts';

/** Handlers of the content-pack channels. */
export type PackLibraryHandlers = Pick<IpcHandlers, PackChannel>;

/** The operations channels: all but the shell's own and the pack library's. */
export type OperationsHandlers = Pick<IpcHandlers, OperationsChannel>;

/** One service handler as an IPC handler: the invoke event is not passed on. */
function adapt<C extends IpcChannel>(handler: ServiceHandler<C>): IpcHandler<C> {
  return (_event: IpcMainInvokeEvent, ...args: IpcContract[C]['args']) => handler(...args);
}

/** Every handler of `service` as an IPC handler. */
export function toIpcHandlers<C extends IpcChannel>(service: { [K in C]: ServiceHandler<K> }): {
  [K in C]: IpcHandler<K>;
} {
  const handlers = {} as { [K in C]: IpcHandler<K> };
  for (const channel of Object.keys(service) as C[]) {
    (handlers as Record<string, unknown>)[channel] = adapt(service[channel] as ServiceHandler<typeof channel>);
  }
  return handlers;
}

/** Builds the operations handlers over `deps` (see `createOperationsService`). */
export function createOperationsHandlers(deps: OperationsDeps): OperationsHandlers {
  return toIpcHandlers(createOperationsService(deps));
}

/**
 * Handlers for when kiosk operations could not start (or in tests of the shell alone): each
 * channel rejects with a clear error instead of being missing, so the preload's proxies all work.
 */
export function unavailableOperationsHandlers(): OperationsHandlers {
  return toIpcHandlers(unavailableOperationsService());
}

/** Pack channels for when the pack library is not wired (tests of the shell alone): each rejects clearly. */
export function unavailablePackLibraryHandlers(): PackLibraryHandlers {
  return toIpcHandlers(unavailablePackLibraryService());
}
