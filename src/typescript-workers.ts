// Where a worker's code is and how Node should start it, for workers written in TypeScript beside
// the module that starts them. Built, the worker is the .js file next to its starter. Run from the
// TypeScript sources (vitest, benchmarks), it is the .ts file, which Node 20 cannot load by itself:
// the worker (a process or a thread) then gets a module hook that strips types with esbuild (a
// dependency of vitest).
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';

export interface WorkerScript {
  path: string;
  execArgv: string[];
}

/** The worker `compiledUrl` names (its .js URL beside the starter), as Node can start it. */
export function workerScriptAt(compiledUrl: URL): WorkerScript {
  const compiled = fileURLToPath(compiledUrl);
  if (existsSync(compiled)) return { path: compiled, execArgv: [] };
  return { path: compiled.replace(/\.js$/, '.ts'), execArgv: typescriptExecArgv() };
}

/** Node flags that let a child process or a worker thread import .ts modules (for tests and scripts run from the sources). */
export function typescriptExecArgv(): string[] {
  const esbuild = pathToFileURL(createRequire(import.meta.url).resolve('esbuild')).href;
  const hooks = `
    import { readFile } from 'node:fs/promises';
    import esbuild from ${JSON.stringify(esbuild)};
    export async function resolve(specifier, context, next) {
      try {
        return await next(specifier, context);
      } catch (error) {
        if (specifier.endsWith('.js') && context.parentURL?.endsWith('.ts')) return next(specifier.slice(0, -3) + '.ts', context);
        throw error;
      }
    }
    export async function load(url, context, next) {
      if (!url.endsWith('.ts')) return next(url, context);
      const source = await readFile(new URL(url), 'utf8');
      const { code } = await esbuild.transform(source, { loader: 'ts', format: 'esm', target: 'node20', sourcefile: url });
      return { format: 'module', source: code, shortCircuit: true };
    }`;
  const register = `import { register } from 'node:module'; register(${JSON.stringify(`data:text/javascript,${encodeURIComponent(hooks)}`)});`;
  return ['--import', `data:text/javascript,${encodeURIComponent(register)}`];
}
