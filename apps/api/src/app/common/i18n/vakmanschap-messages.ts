import type { Language } from './language';
import type { Catalogue } from './messages';

/** Reflections, team sessions, agreements and check-ins (issue 16). */
export const VAKMANSCHAP_MESSAGES: Catalogue = {
  'personal-data-in-text': {
    title: { nl: 'Schrijf geanonimiseerd', en: 'Write anonymised' },
    detail: {
      nl: 'Er staan gegevens in die een cliënt herkenbaar maken; er is niets opgeslagen. Haal weg: {summary}',
      en: 'The text contains details that identify a client; nothing was stored. Remove: {summary}',
    },
  },
  'not-in-team': {
    title: { nl: 'Niet in dit team', en: 'Not in this team' },
    detail: {
      nl: 'Je bent geen lid van dit team, dus je kunt hier niets voor vastleggen.',
      en: 'You are not a member of this team, so you cannot record anything for it.',
    },
  },
  'not-team-lead': {
    title: { nl: 'Alleen voor teamleiders', en: 'Team leads only' },
    detail: {
      nl: 'Alleen een leidinggevende van het team of de kwaliteitsfunctionaris kan dit.',
      en: 'Only a lead of the team or the quality officer can do this.',
    },
  },
  'organisation-learning-officer-only': {
    title: { nl: 'Alleen voor de kwaliteitsfunctionaris', en: 'Quality officer only' },
    detail: {
      nl: 'Wat de hele organisatie leerde, legt de kwaliteitsfunctionaris vast; kies anders een team.',
      en: 'What the whole organisation learned is recorded by the quality officer; otherwise choose a team.',
    },
  },
  'reflection-not-yours': {
    title: { nl: 'Niet jouw reflectie', en: 'Not your reflection' },
    detail: {
      nl: 'Alleen wie de reflectie schreef, kan haar wijzigen of verwijderen.',
      en: 'Only the person who wrote the reflection can change or remove it.',
    },
  },
  'unknown-reflection': {
    title: { nl: 'Onbekende reflectie', en: 'Unknown reflection' },
    detail: {
      nl: 'Kies alleen reflecties die met dit team zijn gedeeld (onbekend: {unknown}).',
      en: 'Choose only reflections shared with this team (unknown: {unknown}).',
    },
  },
  'review-before-agreement': {
    title: { nl: 'Evaluatie vóór de afspraak', en: 'Review before the agreement' },
    detail: {
      nl: 'De evaluatiedatum ligt vóór de datum van de afspraak: kies een latere datum.',
      en: 'The review date is before the date of the agreement: choose a later date.',
    },
  },
  'agreement-team-fixed': {
    title: { nl: 'Team ligt vast', en: 'Team is fixed' },
    detail: {
      nl: 'Een afspraak blijft bij haar team; leg bij een ander team een nieuwe afspraak vast.',
      en: 'An agreement stays with its team; record a new agreement for another team.',
    },
  },
  'check-in-period-closed': {
    title: { nl: 'Periode gesloten', en: 'Period closed' },
    detail: {
      nl: 'Voor {periodKey} kun je niet (meer) antwoorden: alleen de lopende periode en de vorige staan open.',
      en: 'You cannot answer for {periodKey}: only the running period and the one before are open.',
    },
  },
  'check-ins-team-only': {
    title: { nl: 'Alleen voor het team', en: 'Team only' },
    detail: {
      nl: 'De antwoorden op de prikkelende vragen leest alleen het team zelf; daarbuiten zie je aantallen in het leerverslag.',
      en: 'Only the team itself reads the check-in answers; outside it you see counts in the learning report.',
    },
  },
  'check-in-answer-empty': {
    title: { nl: 'Leeg antwoord', en: 'Empty answer' },
    detail: {
      nl: 'Deze vraag is niet beantwoord, dus er is niets om een verbeteractie van te maken.',
      en: 'This question has no answer, so there is nothing to turn into an improvement action.',
    },
  },
  'unknown-decision-model': {
    title: { nl: 'Onbekend beslismodel', en: 'Unknown decision model' },
    detail: {
      nl: 'Kies een beslismodel uit de bibliotheek ({modelId} bestaat niet).',
      en: 'Choose a decision model from the library ({modelId} does not exist).',
    },
  },
  'unknown-model-prompt': {
    title: { nl: 'Onbekende stap van het model', en: 'Unknown model prompt' },
    detail: {
      nl: 'Beantwoord alleen de vragen van het gekozen model (onbekend: {unknown}).',
      en: 'Answer only the prompts of the chosen model (unknown: {unknown}).',
    },
  },
  'learning-report-lead-only': {
    title: { nl: 'Alleen voor je eigen team', en: 'Your own team only' },
    detail: {
      nl: 'Je ziet het leerverslag alleen van een team waarvan je leidinggevende bent. Kies dat team.',
      en: 'You see the learning report only of a team you lead. Choose that team.',
    },
  },
  'learning-report-not-permitted': {
    title: { nl: 'Geen toegang tot het leerverslag', en: 'No access to the learning report' },
    detail: {
      nl: 'Het leerverslag is voor de kwaliteitsfunctionaris, de manager en leidinggevenden van een team.',
      en: 'The learning report is for the quality officer, the manager and the leads of a team.',
    },
  },
  'learning-report-period-reversed': {
    title: { nl: 'Periode klopt niet', en: 'Period is reversed' },
    detail: {
      nl: 'De begindatum ({from}) ligt na de einddatum ({to}). Kies eerst de vroegste dag.',
      en: 'The start date ({from}) is after the end date ({to}). Put the earliest day first.',
    },
  },
  'learning-report-period-too-long': {
    title: { nl: 'Periode te lang', en: 'Period too long' },
    detail: {
      nl: 'Een leerverslag gaat over hoogstens {max} dagen; kies een kwartaal of een jaar.',
      en: 'A learning report covers at most {max} days; choose a quarter or a year.',
    },
  },
  'learning-evidence-not-vakmanschap': {
    title: { nl: 'Alleen criteria over vakmanschap', en: 'Vakmanschap criteria only' },
    detail: {
      nl: 'Het verslag over besluitvorming en leren is alleen bewijs bij criteria over vakmanschap (VAK). Niet mogelijk bij: {codes}. Er is niets opgeslagen.',
      en: 'The report on decision-making and learning is evidence for vakmanschap (VAK) criteria only. Not possible for: {codes}. Nothing was stored.',
    },
  },
};

/** One field message per kind of personal data; `{0}` is the masked fragment. */
export const PRIVACY_FIELD_MESSAGES: Record<string, Record<Language, string>> = {
  containsBsn: {
    nl: '{field}: haal het burgerservicenummer weg ({0})',
    en: '{field}: remove the citizen service number (BSN) ({0})',
  },
  containsEmail: {
    nl: '{field}: haal het e-mailadres weg ({0})',
    en: '{field}: remove the e-mail address ({0})',
  },
  containsPhone: {
    nl: '{field}: haal het telefoonnummer weg ({0})',
    en: '{field}: remove the phone number ({0})',
  },
  containsPostcodeHouseNumber: {
    nl: '{field}: haal de postcode met huisnummer weg ({0}); noem hoogstens de wijk',
    en: '{field}: remove the postcode with house number ({0}); name the neighbourhood at most',
  },
  containsDateOfBirth: {
    nl: '{field}: haal de (geboorte)datum weg ({0}); noem hoogstens een leeftijdsgroep',
    en: '{field}: remove the (birth) date ({0}); name an age group at most',
  },
};
