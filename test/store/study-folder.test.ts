import { mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OutsideStudyError, pathInStudy, StudyNameError, studyFolder, studyNameProblem } from '../../src/store/study-folder.js';

describe('study names', () => {
  it.each(['mayenne-2026', 'communes_53', 'audit-2026-11-26', 'edition.2026', 'v1.2', '_brouillon', 'A'])('accepts %j', (name) => {
    expect(studyNameProblem(name)).toBeUndefined();
    expect(studyFolder('reports', name)).toBe(join(process.cwd(), 'reports', name));
  });

  it.each([
    ['..', 'names a folder that is not the study'],
    ['.', 'names a folder that is not the study'],
    ['.cachée', 'may not start with "."'],
    ['-resume', 'may not start with "."'],
    ['../etc', 'may hold only'],
    ['a/b', 'may hold only'],
    ['a\\b', 'may hold only'],
    ['étude', 'may hold only'],
    ['deux mots', 'may hold only'],
    ['', 'may hold only'],
    ['x'.repeat(101), 'longer than 100 characters'],
  ])('refuses %j: %s', (name, problem) => {
    expect(studyNameProblem(name)).toContain(problem);
    expect(() => studyFolder('reports', name)).toThrow(StudyNameError);
  });
});

describe('pathInStudy', () => {
  let root: string;
  let study: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'muniseo-folder-'));
    study = join(root, 'reports', 'mayenne');
    mkdirSync(study, { recursive: true });
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('gives paths inside the study folder, existing or not yet', () => {
    expect(pathInStudy(study, 'study.sqlite')).toBe(join(study, 'study.sqlite'));
    expect(pathInStudy(study, 'sites/53130.html')).toBe(join(study, 'sites', '53130.html'));
    expect(pathInStudy(study, 'data/../index.html')).toBe(join(study, 'index.html'));
  });

  it.each(['../index.html', '../../study.sqlite', '/etc/passwd', '.', ''])(
    'refuses %j, outside the folder or the folder itself',
    (path) => {
      expect(() => pathInStudy(study, path)).toThrow(OutsideStudyError);
    },
  );

  it('refuses a path through a symbolic link that leads out of the folder', () => {
    mkdirSync(join(root, 'ailleurs'));
    symlinkSync(join(root, 'ailleurs'), join(study, 'sites'));
    expect(() => pathInStudy(study, 'sites/53130.html')).toThrow(OutsideStudyError);
  });

  it('refuses a dangling symbolic link, which writing would follow to create its target', () => {
    symlinkSync(join(root, 'nulle-part.html'), join(study, 'index.html'));
    expect(() => pathInStudy(study, 'index.html')).toThrow(OutsideStudyError);
  });

  it('accepts a study folder that is itself a symbolic link, and links that stay inside it', () => {
    const real = join(root, 'disque', 'mayenne');
    mkdirSync(join(real, 'sites'), { recursive: true });
    const linked = join(root, 'reports', 'lien');
    symlinkSync(real, linked);
    symlinkSync(join(real, 'sites'), join(real, 'pages'));
    expect(pathInStudy(linked, 'sites/a.html')).toBe(join(linked, 'sites', 'a.html'));
    expect(pathInStudy(linked, 'pages/a.html')).toBe(join(linked, 'pages', 'a.html'));
  });
});
