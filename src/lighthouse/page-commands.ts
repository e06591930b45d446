// The page a worker hands to Lighthouse, with the DevTools commands of the run seen by the worker first.
// Lighthouse's driver opens its session through the page's target (`page.target().createCDPSession()`,
// lighthouse/core/gather/driver.js) and sends every command of the run through that session's `send`:
// the worker answers some of them itself (benchmark-index.ts, long-task-answers.ts) and holds others
// back until the lane's CPU schedule lets them run (settling.ts).
import type { CDPSession, Page, Target } from 'puppeteer-core';

/**
 * Sees one command before it is sent: returns what the command answers (calling `send` to send it
 * unchanged, when it should go at all), or undefined to let it go as it is.
 */
export type CommandHandler = (method: string, params: unknown, send: () => Promise<unknown>) => Promise<unknown> | undefined;

/** `object` with `override` in place of some of its members; its other methods stay bound to it. */
function overriding<T extends object>(object: T, override: Partial<Record<keyof T, unknown>>): T {
  return new Proxy(object, {
    get(target, key) {
      if (Object.hasOwn(override, key)) return override[key as keyof T];
      const value = Reflect.get(target, key, target) as unknown;
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}

/**
 * The page Lighthouse drives, whose DevTools sessions pass each command through `handle`; `opened`, if
 * given, sees each session as it opens (to listen to its events).
 */
export function handlingCommands(page: Page, handle: CommandHandler, opened?: (session: CDPSession) => void): Page {
  const session = (cdp: CDPSession): CDPSession => {
    opened?.(cdp);
    return overriding(cdp, {
      send: (method: string, params?: unknown, options?: unknown) => {
        const send = () => (cdp.send as (...args: unknown[]) => Promise<unknown>).call(cdp, method, params, options);
        return handle(method, params, send) ?? send();
      },
    });
  };
  const target = (real: Target): Target => overriding(real, { createCDPSession: async () => session(await real.createCDPSession()) });
  return overriding(page, { target: () => target(page.target()) });
}

/** Whether a DevTools command is Lighthouse's evaluation of `functionName` (ExecutionContext.evaluate inlines its source). */
export function isEvaluationOf(functionName: string, method: string, params: unknown): boolean {
  const expression = (params as { expression?: unknown } | undefined)?.expression;
  return (
    method === 'Runtime.evaluate' && typeof expression === 'string' && new RegExp(`\\bfunction ${functionName}\\s*\\(`).test(expression)
  );
}
