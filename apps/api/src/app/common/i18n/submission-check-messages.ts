import { Language } from './language';

/** The words of the submission dialog's checks (GET /rounds/{id}/submission-check), per code. */
export const SUBMISSION_CHECK_MESSAGES: Record<string, Record<Language, string>> = {
  unanswered: {
    nl: 'Deze criteria zijn nog niet beoordeeld en ook niet als niet van toepassing gemarkeerd',
    en: 'These criteria are not scored yet, nor marked not applicable',
  },
  unconfirmed: {
    nl: 'Deze antwoorden zijn overgenomen uit de vorige ronde en nog niet bevestigd met "Klopt nog"',
    en: 'These answers were carried over from the previous round and are not yet confirmed with "Still correct"',
  },
  'required-not-met': {
    nl: 'Voor de externe audit: deze verplichte criteria voldoen (op de streefdatum) nog niet',
    en: 'For the external audit: these required criteria are not met yet (on the target date)',
  },
  'sign-off-missing': {
    nl: 'Je organisatie vraagt een vaststelling voor het indienen: een manager (directeur-bestuurder) stelt de ronde vast op deze pagina',
    en: 'Your organisation asks for a sign-off before submission: a manager (director) signs the round off on this page',
  },
  'actions-overdue': {
    nl: 'Voor de externe audit: deze verbeteracties zijn over hun datum en nog niet afgerond',
    en: 'For the external audit: these improvement actions are past their due date and not finished',
  },
};

export function submissionCheckMessage(code: string, language: Language, fallback: string): string {
  return SUBMISSION_CHECK_MESSAGES[code]?.[language] ?? fallback;
}
