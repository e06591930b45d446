// Options several commands share, described once, and what they say when they name nothing.
import type { Options } from 'yargs';
import { UsageError } from './usage-error.js';

export const reportsOption: Options = {
  type: 'string',
  default: 'reports',
  describe: 'Folder holding one sub-folder per study',
};

export const studyOption: Options = {
  type: 'string',
  describe: 'Study name: its folder is <reports>/<study>/',
};

export const langOption: Options = {
  choices: ['fr', 'en'],
  default: 'fr',
  describe: 'Language of the report',
};

export const groupByOption: Options = {
  type: 'string',
  describe: 'Column of the sites file defining peer groups [default: kind × population stratum]',
};

/** A study named on the command line that is not there: bad usage, like any missing file given. */
export function noStudy(study: string, reportsDir: string, dbPath: string): UsageError {
  return new UsageError(`no study "${study}" in ${reportsDir} (looked for ${dbPath})`, 'Check --study and --reports.');
}
