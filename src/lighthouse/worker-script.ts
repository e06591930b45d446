// Where the Lighthouse worker's code is and how Node should start it: worker.js next to this file
// when built, else worker.ts with a module hook that strips types (src/typescript-workers.ts).
import { typescriptExecArgv, workerScriptAt, type WorkerScript } from '../typescript-workers.js';

export { typescriptExecArgv, type WorkerScript };

export function workerScript(): WorkerScript {
  return workerScriptAt(new URL('./worker.js', import.meta.url));
}
