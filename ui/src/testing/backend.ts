// Test helper: a fake backend behind mockIPC that answers from a table of handlers and records calls.
import { mockIPC } from '@tauri-apps/api/mocks';
import type { IpcError } from '../lib/bindings/IpcError';

export type Args = Record<string, unknown>;
export type Call = { command: string; args: Args };
export type Handlers = Record<string, (args: Args) => unknown>;

/**
 * Installs the handlers; a command without one rejects like the backend's "internal" error.
 * Events sent with `emit` reach the UI's listeners, as the backend's would.
 */
export function mockBackend(handlers: Handlers): Call[] {
  const calls: Call[] = [];
  mockIPC((command, payload) => {
    const args = (payload ?? {}) as Args;
    calls.push({ command, args });
    const handler = handlers[command];
    if (!handler) {
      const error: IpcError = { code: 'internal', message: `no mock for ${command}`, fields: [] };
      throw error;
    }
    return handler(args);
  }, { shouldMockEvents: true });
  return calls;
}

export const commandsOf = (calls: Call[]): string[] => calls.map((call) => call.command);
