import { Language } from './language';

type Catalogue = Record<string, { title: Record<Language, string>; detail: Record<Language, string> }>;

/** Every problem the API can answer with, in both languages; `{name}` is filled from params. */
export const PROBLEM_MESSAGES: Catalogue = {
  'validation-failed': {
    title: { nl: 'Ongeldige invoer', en: 'Invalid input' },
    detail: { nl: 'De invoer klopt niet: {summary}', en: 'The input is not valid: {summary}' },
  },
  'bad-request': {
    title: { nl: 'Ongeldig verzoek', en: 'Bad request' },
    detail: { nl: 'Het verzoek kon niet worden verwerkt.', en: 'The request could not be processed.' },
  },
  'method-not-allowed': {
    title: { nl: 'Methode niet toegestaan', en: 'Method not allowed' },
    detail: { nl: 'Deze methode is hier niet toegestaan.', en: 'This method is not allowed here.' },
  },
  'malformed-json': {
    title: { nl: 'Onleesbare JSON', en: 'Malformed JSON' },
    detail: {
      nl: 'De inhoud van het verzoek is geen geldige JSON.',
      en: 'The request body is not valid JSON.',
    },
  },
  'payload-too-large': {
    title: { nl: 'Verzoek te groot', en: 'Request too large' },
    detail: {
      nl: 'Het verzoek is groter dan de toegestane {limit}.',
      en: 'The request is larger than the allowed {limit}.',
    },
  },
  'unsupported-media-type': {
    title: { nl: 'Niet-ondersteund formaat', en: 'Unsupported media type' },
    detail: { nl: 'Stuur de gegevens als JSON.', en: 'Send the data as JSON.' },
  },
  'not-authenticated': {
    title: { nl: 'Niet ingelogd', en: 'Not logged in' },
    detail: { nl: 'Log eerst in.', en: 'Please log in first.' },
  },
  'invalid-credentials': {
    title: { nl: 'Inloggen mislukt', en: 'Login failed' },
    detail: {
      nl: 'Het e-mailadres of het wachtwoord klopt niet.',
      en: 'The e-mail address or the password is not correct.',
    },
  },
  'too-many-requests': {
    title: { nl: 'Te veel pogingen', en: 'Too many attempts' },
    detail: {
      nl: 'Te veel pogingen. Probeer het over {minutes} minuten opnieuw.',
      en: 'Too many attempts. Try again in {minutes} minutes.',
    },
  },
  'csrf-token-invalid': {
    title: { nl: 'Beveiligingscontrole mislukt', en: 'Security check failed' },
    detail: {
      nl: 'Het beveiligingstoken ontbreekt of klopt niet. Laad de pagina opnieuw.',
      en: 'The security token is missing or wrong. Reload the page.',
    },
  },
  forbidden: {
    title: { nl: 'Geen toegang', en: 'Forbidden' },
    detail: {
      nl: 'Uw rol in deze organisatie staat dit niet toe.',
      en: 'Your role in this organisation does not allow this.',
    },
  },
  'no-active-organisation': {
    title: { nl: 'Geen organisatie gekozen', en: 'No organisation selected' },
    detail: {
      nl: 'U bent nog geen lid van een organisatie.',
      en: 'You are not a member of any organisation yet.',
    },
  },
  'not-found': {
    title: { nl: 'Niet gevonden', en: 'Not found' },
    detail: { nl: 'Dit bestaat niet of u heeft er geen toegang toe.', en: 'This does not exist or you have no access to it.' },
  },
  'email-taken': {
    title: { nl: 'E-mailadres al in gebruik', en: 'E-mail address already in use' },
    detail: {
      nl: 'Er bestaat al een account met dit e-mailadres. Log in en vraag een uitnodiging.',
      en: 'An account with this e-mail address already exists. Log in and ask for an invitation.',
    },
  },
  'already-member': {
    title: { nl: 'Al lid', en: 'Already a member' },
    detail: {
      nl: '{email} is al lid van deze organisatie.',
      en: '{email} is already a member of this organisation.',
    },
  },
  'invitation-email-mismatch': {
    title: { nl: 'Andere gebruiker', en: 'Different user' },
    detail: {
      nl: 'Deze uitnodiging is voor {email}. Log uit en open de link opnieuw.',
      en: 'This invitation is for {email}. Log out and open the link again.',
    },
  },
  'display-name-required': {
    title: { nl: 'Naam ontbreekt', en: 'Name missing' },
    detail: {
      nl: 'Vul uw naam in om een account aan te maken.',
      en: 'Enter your name to create an account.',
    },
  },
  'last-quality-officer': {
    title: { nl: 'Laatste kwaliteitsfunctionaris', en: 'Last quality officer' },
    detail: {
      nl: 'Een organisatie houdt altijd minstens één kwaliteitsfunctionaris. Benoem eerst iemand anders.',
      en: 'An organisation always keeps at least one quality officer. Appoint someone else first.',
    },
  },
  'internal-error': {
    title: { nl: 'Er ging iets mis', en: 'Something went wrong' },
    detail: {
      nl: 'Er ging aan onze kant iets mis (verzoek {requestId}). Probeer het later opnieuw.',
      en: 'Something went wrong on our side (request {requestId}). Please try again later.',
    },
  },
};

export function fillTemplate(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    name in params ? String(params[name]) : match,
  );
}
