// A stored check result's explanation in the reader's language, from the check's own messages.
import { type CheckResult, type Language, renderMessage } from '../model/index.js';
import { catalogue } from './catalogue.js';
import { messagesOf } from './run.js';

const byId = new Map(catalogue.map((check) => [check.id, check]));

/**
 * The result's message rendered in `lang`. A result stored before its check had messages (or by a
 * check since retired) keeps the English evidence it was stored with.
 */
export function explainCheckResult(result: Pick<CheckResult, 'id' | 'message' | 'evidence'>, lang: Language): string {
  const check = byId.get(result.id);
  if (result.message && check && result.message.id in check.messages) return renderMessage(messagesOf(check), result.message, lang);
  return result.evidence ?? '';
}
