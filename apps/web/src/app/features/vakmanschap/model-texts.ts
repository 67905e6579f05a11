import { DecisionModel, DecisionModelTexts } from '@labelklaar/domain';

/** A model's texts in the UI language: English when the model has them, Dutch otherwise. */
export function modelTexts(model: DecisionModel, language: string): DecisionModelTexts {
  return language === 'en' && model.en ? model.en : model;
}
