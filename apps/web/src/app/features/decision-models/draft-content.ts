import { DecisionModelDraft, DecisionModelViolation } from '@labelklaar/domain';

import { FieldMessage } from '../../shared/forms/field-message';

/** A draft's name as far as its content has one. */
export function draftName(draft: DecisionModelDraft): string | null {
  const content = draft.content as { name?: unknown } | null;
  return content && typeof content.name === 'string' && content.name.trim() ? content.name : null;
}

/** The schema's English messages (Ajv) by the keyword the rubric editor has Dutch words for. */
const SCHEMA_MESSAGES: readonly [RegExp, string][] = [
  [/fewer than \d+ characters/, 'minLength'],
  [/more than \d+ characters/, 'maxLength'],
  [/fewer than \d+ items/, 'minItems'],
  [/more than \d+ items/, 'maxItems'],
  [/required property/, 'required'],
  [/must match pattern/, 'pattern'],
  [/allowed values/, 'enum'],
  [/must be (string|integer|number|array|object)/, 'type'],
  [/duplicate items/, 'uniqueItems'],
  [/must match format/, 'format'],
];

/** Rules across fields with a message of their own (`decisionModels.drafts.rules.<rule>`). */
const RULES_WITH_TEXT = new Set(['duplicate-step-title', 'translation-step-count']);

/** A draft's violation in the user's words; the API's English detail where there are none. */
export function violationMessage(violation: DecisionModelViolation): FieldMessage {
  if (violation.rule === 'schema') {
    const keyword = SCHEMA_MESSAGES.find(([pattern]) => pattern.test(violation.detail))?.[1];
    return keyword ? { key: `rubrics.draft.rules.schema.${keyword}` } : { text: violation.detail };
  }
  return RULES_WITH_TEXT.has(violation.rule)
    ? { key: `decisionModels.drafts.rules.${violation.rule}` }
    : { text: violation.detail };
}
