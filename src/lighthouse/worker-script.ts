// Where the worker's code is and how Node should start it: worker.js next to this file once built,
// worker.ts with a TypeScript hook from the sources (src/source-modules.ts).
import { type ModuleScript, siblingScript } from '../source-modules.js';

export { typescriptExecArgv } from '../source-modules.js';
export type WorkerScript = ModuleScript;

export function workerScript(): WorkerScript {
  return siblingScript(import.meta.url, 'worker');
}
