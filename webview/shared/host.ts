// The webview's side of the extension connection: messages in are parsed with the view's schema before use,
// messages out are typed, and the saved state is parsed too (it may come from an older version of the view).
import type * as z from 'zod/mini';
import { checkMessage } from '../../src/shared/webview/protocol';

interface WebviewApi {
  postMessage(message: unknown): void;
  getState(): unknown;
  setState(state: unknown): void;
}
declare function acquireVsCodeApi(): WebviewApi;

export interface Host<Out, State> {
  post(message: Out): void;
  /** The state saved by this view before it was hidden or the window reloaded, if it is still valid. */
  savedState(): State | undefined;
  saveState(state: State): void;
}

export function connect<In, Out, State>(incoming: z.ZodMiniType<In>, state: z.ZodMiniType<State>, onMessage: (message: In) => void): Host<Out, State> {
  const api = acquireVsCodeApi();
  window.addEventListener('message', (event: MessageEvent<unknown>) => {
    const checked = checkMessage(incoming, event.data);
    if (checked.ok) onMessage(checked.message);
    else console.warn(`[Design Workbench] ${checked.error}`);
  });
  return {
    post: (message) => api.postMessage(message),
    savedState: () => {
      const checked = checkMessage(state, api.getState());
      return checked.ok ? checked.message : undefined;
    },
    saveState: (s) => api.setState(s),
  };
}
