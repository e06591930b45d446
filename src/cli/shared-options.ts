// Options several commands share, described once.
import type { Options } from 'yargs';

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
