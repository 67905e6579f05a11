import type { DecisionModelContent } from '@labelklaar/domain';

import Ajv from 'ajv';

import decisionModelSchema from './decision-model.schema.json';
import type { RuleViolation } from './rubric-validation.error';
import { schemaViolation } from './schema-violation';

const ajv = new Ajv({ allErrors: false, strict: true });

export const isDecisionModelShape = ajv.compile<DecisionModelContent>(decisionModelSchema);

/**
 * Every broken rule of a decision model's content: the schema first (its first error), then the
 * rules across fields: step titles are unique, and the English texts, when given, have a step
 * for every Dutch step. Empty when the content is a publishable model.
 */
export function validateDecisionModelContent(content: unknown): RuleViolation[] {
  if (!isDecisionModelShape(content)) {
    return [schemaViolation(isDecisionModelShape.errors)];
  }
  return findDecisionModelViolations(content);
}

export function findDecisionModelViolations(model: DecisionModelContent): RuleViolation[] {
  const violations: RuleViolation[] = [];
  const seen = new Set<string>();
  model.steps.forEach((step, index) => {
    const key = step.title.trim().toLocaleLowerCase('nl');
    if (seen.has(key)) {
      violations.push({
        location: `steps[${index}].title`,
        rule: 'duplicate-step-title',
        detail: `step title "${step.title}" is used twice`,
      });
    }
    seen.add(key);
  });
  if (model.en && model.en.steps.length !== model.steps.length) {
    violations.push({
      location: 'en.steps',
      rule: 'translation-step-count',
      detail: `has ${model.en.steps.length} steps, the Dutch text ${model.steps.length}`,
    });
  }
  return violations;
}
