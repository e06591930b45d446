// Where a module that runs in another process or thread is, and how Node must start it. Built, it
// is the .js file next to the module that asks; run from the TypeScript sources (vitest), it is the
// .ts file, which Node 20 cannot load by itself: the child process or worker thread then gets a
// module hook that strips types with esbuild (a dependency of vitest).
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';

export interface ModuleScript {
  path: string;
  execArgv: string[];
}

/** The compiled `name.js` beside `base` (an `import.meta.url`) when it exists, else `name.ts` with the TypeScript hook. */
export function siblingScript(base: string, name: string): ModuleScript {
  const compiled = fileURLToPath(new URL(`./${name}.js`, base));
  if (existsSync(compiled)) return { path: compiled, execArgv: [] };
  return { path: fileURLToPath(new URL(`./${name}.ts`, base)), execArgv: typescriptExecArgv() };
}

/** Node flags that let a child process or worker thread import .ts modules (for tests and scripts run from the sources). */
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
