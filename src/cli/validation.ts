// muniseo sample-for-review and muniseo agreement: the validation kit of docs/validation.md.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Argv, CommandModule } from 'yargs';
import type { MaturityLevel } from '../model/index.js';
import {
  agreementFigures,
  drawReviewSample,
  labellingSheet,
  LabelsError,
  parseLabels,
  precisionRecall,
  reviewCandidate,
  type LabelFile,
  type ReviewCandidate,
} from '../report/validation.js';
import { pathInStudy, studyFolder } from '../store/study-folder.js';
import { StudyStore } from '../store/study-store.js';
import { cliText, type CliLang } from './cli-strings.js';
import { langOption, noStudy, reportsOption, studyOption } from './shared-options.js';
import { CommandError, UsageError } from './usage-error.js';

function openStudy(args: { study: string; reports: string }): { store: StudyStore; studyDir: string } {
  const studyDir = studyFolder(args.reports, args.study);
  const dbPath = join(studyDir, 'study.sqlite');
  if (!existsSync(dbPath)) throw noStudy(args.study, args.reports, dbPath);
  return { store: StudyStore.open(dbPath), studyDir };
}

interface SampleArgs {
  study: string;
  reports: string;
  n: number;
  seed: string;
  out?: string;
  lang: CliLang;
}

export const sampleForReviewCommand: CommandModule<object, SampleArgs> = {
  command: 'sample-for-review',
  describe: 'Draw audited sites by kind × level for people to label blind (docs/validation.md)',
  builder: (yargs) =>
    (yargs as Argv<object>)
      .options({
        study: { ...studyOption, demandOption: true },
        reports: reportsOption,
        n: { type: 'number', default: 150, describe: 'Sites to draw' },
        seed: { type: 'string', demandOption: true, describe: 'Seed of the draw: the same seed gives the same sample' },
        out: { type: 'string', describe: 'Where to write the labelling sheet [default: <study>/validation/sample-<seed>.csv]' },
        lang: { ...langOption, describe: 'Language of the sheet’s columns and of the messages' },
      })
      .check((args) => {
        if (!Number.isInteger(args.n) || args.n < 1) throw new UsageError('--n must be a whole number of sites, 1 or more');
        if (args.seed === '') throw new UsageError('--seed must not be empty');
        return true;
      })
      .example('$0 sample-for-review --study mayenne-2026 --n 150 --seed 2026-03', 'A labelling sheet of 150 sites')
      .epilog(
        'Exit codes: 0 sheet written; 1 the sheet cannot be written; 2 bad usage (no such study, bad --n).',
      ) as unknown as Argv<SampleArgs>,
  handler: (args) => {
    const t = cliText(args.lang);
    const { store, studyDir } = openStudy(args);
    let candidates: ReviewCandidate[];
    try {
      candidates = [];
      for (const result of store.siteResults()) {
        const candidate = reviewCandidate(result);
        if (candidate) candidates.push(candidate);
      }
    } finally {
      store.close();
    }
    const sample = drawReviewSample(candidates, args.n, args.seed);
    const path = args.out ?? pathInStudy(studyDir, `validation/sample-${args.seed.replace(/[^\w.-]+/g, '_')}.csv`);
    try {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, labellingSheet(sample, args.lang));
    } catch (error) {
      throw new CommandError(`cannot write ${path}: ${(error as Error).message}`);
    }
    if (candidates.length < args.n) process.stderr.write(`${t('sampleTooFew', { audited: candidates.length, study: args.study })}\n`);
    process.stdout.write(
      `${t('sampleWritten', { n: sample.sites.length, audited: candidates.length, strata: sample.strata.length, seed: args.seed, path })}\n`,
    );
  },
};

interface AgreementArgs {
  study: string;
  reports: string;
  labels: string[];
  weights: 'linear' | 'quadratic';
  lang: CliLang;
}

export const agreementCommand: CommandModule<object, AgreementArgs> = {
  command: 'agreement',
  describe: 'Agreement between labellers, and between muniseo and their consensus; recorded for the report',
  builder: (yargs) =>
    (yargs as Argv<object>)
      .options({
        study: { ...studyOption, demandOption: true },
        reports: reportsOption,
        labels: { type: 'array', string: true, demandOption: true, describe: 'Two or three labelled sheets (CSV with id and level)' },
        weights: { choices: ['linear', 'quadratic'], default: 'linear', describe: 'Weights of the kappa between levels' },
        lang: { ...langOption, describe: 'Language of the messages' },
      })
      .check((args) => {
        const count = (args.labels as string[]).length;
        if (count < 2 || count > 3) throw new UsageError('--labels takes two or three files');
        return true;
      })
      .example('$0 agreement --study mayenne-2026 --labels alice.csv bruno.csv claire.csv', 'Two labellers and a third for disagreements')
      .epilog(
        'Exit codes: 0 figures printed and recorded; 1 a labels file is malformed; 2 bad usage (no such study or file, not 2 or 3 files).',
      ) as unknown as Argv<AgreementArgs>,
  handler: (args) => {
    const t = cliText(args.lang);
    for (const path of args.labels) {
      if (!existsSync(path)) throw new UsageError(`--labels ${path}: no such file`, 'Check the paths of the labelled sheets.');
    }
    const files: LabelFile[] = args.labels.map((path) => {
      try {
        return { name: basename(path), labels: parseLabels(readFileSync(path, 'utf8'), path) };
      } catch (error) {
        if (error instanceof LabelsError)
          throw new CommandError(error.message, 'Each row needs the site’s id and a level 0–3, or a blank level.');
        throw error;
      }
    });
    const { store } = openStudy(args);
    try {
      const muniseo = new Map<string, MaturityLevel>();
      for (const result of store.siteResults()) if (result.index) muniseo.set(result.institution.id, result.index.level);
      const figures = { recordedAt: new Date().toISOString(), ...agreementFigures(files, muniseo, args.weights) };
      store.recordAgreement(figures);
      const format = (value: number | null) => (value === null ? '—' : value.toFixed(2));
      const percent = (value: number | null) =>
        value === null ? '—' : `${Math.round(value * 100)}${args.lang === 'fr' ? '\u00a0%' : '%'}`;
      const { precision, recall } = precisionRecall(figures.deliberate);
      const { truePositives: tp, falsePositives: fp, falseNegatives: fn } = figures.deliberate;
      const lines = [
        t('agreementLabellers', { weights: args.weights, sites: figures.sites }),
        ...figures.labellers.map((pair) =>
          t('agreementPair', {
            first: pair.first,
            second: pair.second,
            kappa: format(pair.kappa),
            exact: percent(pair.exact),
            sites: pair.sites,
          }),
        ),
        t('agreementSettled', figures.settled),
        t('agreementMuniseo', {
          kappa: format(figures.muniseo.kappa),
          exact: percent(figures.muniseo.exact),
          sites: figures.muniseo.sites,
        }),
        t('agreementDeliberate', { precision: percent(precision), recall: percent(recall), tp, positives: tp + fp, truths: tp + fn }),
        t('agreementRecorded'),
      ];
      process.stdout.write(`${lines.join('\n')}\n`);
    } finally {
      store.close();
    }
  },
};
