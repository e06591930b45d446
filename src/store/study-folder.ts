// A study lives in one folder, `<reports>/<name>/`, and writes nowhere else. The name is
// checked before it becomes a path (`..` would put study.sqlite and the report in the parent
// folder, and the report's clean-up would run there), and every path the study writes is
// checked to lie inside the folder, symbolic links resolved, before anything is written.
import { existsSync, lstatSync, realpathSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';

const maxNameLength = 100;
const namePattern = /^[A-Za-z0-9_][A-Za-z0-9._-]*$/;

/** A study name that cannot be a folder of its own: bad usage, said in one line. */
export class StudyNameError extends Error {}

/** A path a study was about to write outside its folder: a bug or a hostile symbolic link. */
export class OutsideStudyError extends Error {
  constructor(
    readonly studyDir: string,
    readonly path: string,
  ) {
    super(`refusing to write ${path}: it lies outside the study folder ${studyDir}`);
  }
}

/** Why `name` cannot name a study, or undefined when it can. */
export function studyNameProblem(name: string): string | undefined {
  if (name === '.' || name === '..') return `"${name}" names a folder that is not the study's own`;
  if (name.length > maxNameLength) return `it is longer than ${maxNameLength} characters`;
  if (!namePattern.test(name)) {
    return 'it may hold only ASCII letters, digits, "-", "_" and ".", and may not start with "." or "-"';
  }
  return undefined;
}

/** The folder of study `name` under `reportsDir`, absolute; throws StudyNameError for a bad name. */
export function studyFolder(reportsDir: string, name: string): string {
  const problem = studyNameProblem(name);
  if (problem) throw new StudyNameError(`the study name "${name}" is not usable: ${problem}`);
  return resolve(reportsDir, name);
}

/**
 * `relativePath` inside the study folder, absolute. Throws OutsideStudyError when it would land
 * outside: through `..`, an absolute path, or a symbolic link (on the path or above it) that
 * points out of the folder.
 */
export function pathInStudy(studyDir: string, relativePath: string): string {
  const root = resolve(studyDir);
  const target = resolve(root, relativePath);
  if (isAbsolute(relativePath) || !isInside(root, target) || target === root) throw new OutsideStudyError(root, target);
  const realRoot = existsSync(root) ? realpathSync(root) : root;
  const realTarget = realpathOfNearest(target);
  if (realTarget === undefined || !isInside(realRoot, realTarget)) throw new OutsideStudyError(root, target);
  return target;
}

function isInside(root: string, path: string): boolean {
  const fromRoot = relative(root, path);
  return fromRoot !== '..' && !fromRoot.startsWith(`..${sep}`) && !isAbsolute(fromRoot);
}

/**
 * The real path of `path`, or of its nearest existing ancestor joined with the rest; undefined
 * when a symbolic link on the way leads nowhere (writing through it would create its target).
 */
function realpathOfNearest(path: string): string | undefined {
  let existing = path;
  const rest: string[] = [];
  while (!entryExists(existing)) {
    const parent = dirname(existing);
    if (parent === existing) return path;
    rest.unshift(relative(parent, existing));
    existing = parent;
  }
  try {
    return join(realpathSync(existing), ...rest);
  } catch {
    return undefined;
  }
}

/** Whether anything, a dangling symbolic link included, is at `path`. */
function entryExists(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}
