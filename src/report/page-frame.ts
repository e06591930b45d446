// What every page of the report shows around its content.
import type { ReportContext } from './report-context.js';

export function frame(context: ReportContext, root: string, pageTitle: string) {
  return {
    lang: context.lang,
    root,
    pageTitle,
    tool: `${context.meta.tool.name} ${context.meta.tool.version}`,
    fictional: context.meta.fictional === true,
    generatedBy: context.t('generatedBy', { tool: context.meta.tool.name, version: context.meta.tool.version }),
  };
}
