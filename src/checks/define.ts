import type { PageCheck, SiteCheck } from './types.js';
import type { Finding } from '../model/index.js';

export const definePageCheck = (check: Omit<PageCheck, 'scope'>): PageCheck => ({ ...check, scope: 'page' });
export const defineSiteCheck = (check: Omit<SiteCheck, 'scope'>): SiteCheck => ({ ...check, scope: 'site' });

export const pass = (details: Omit<Finding, 'status'> = {}): Finding => ({ status: 'pass', ...details });
export const warn = (details: Omit<Finding, 'status'> = {}): Finding => ({ status: 'warn', ...details });
export const fail = (details: Omit<Finding, 'status'> = {}): Finding => ({ status: 'fail', ...details });
export const notApplicable = (evidence?: string): Finding => ({ status: 'na', ...(evidence ? { evidence } : {}) });
