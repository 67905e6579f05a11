import { CONTEXT_MESSAGES } from './context-messages';
import { Language } from './language';

export type Catalogue = Record<
  string,
  { title: Record<Language, string>; detail: Record<Language, string> }
>;

/** Every problem the API can answer with, in both languages; `{name}` is filled from params. */
export const PROBLEM_MESSAGES: Catalogue = {
  'validation-failed': {
    title: { nl: 'Ongeldige invoer', en: 'Invalid input' },
    detail: { nl: 'De invoer klopt niet: {summary}', en: 'The input is not valid: {summary}' },
  },
  'bad-request': {
    title: { nl: 'Ongeldig verzoek', en: 'Bad request' },
    detail: {
      nl: 'Het verzoek kon niet worden verwerkt.',
      en: 'The request could not be processed.',
    },
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
      nl: 'Je rol in deze organisatie staat dit niet toe.',
      en: 'Your role in this organisation does not allow this.',
    },
  },
  'no-active-organisation': {
    title: { nl: 'Geen organisatie gekozen', en: 'No organisation selected' },
    detail: {
      nl: 'Je bent nog geen lid van een organisatie.',
      en: 'You are not a member of any organisation yet.',
    },
  },
  'not-found': {
    title: { nl: 'Niet gevonden', en: 'Not found' },
    detail: {
      nl: 'Dit bestaat niet of je hebt er geen toegang toe.',
      en: 'This does not exist or you have no access to it.',
    },
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
      nl: 'Vul je naam in om een account aan te maken.',
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
  'invalid-date': {
    title: { nl: 'Ongeldige datum', en: 'Invalid date' },
    detail: { nl: 'Gebruik een datum als JJJJ-MM-DD.', en: 'Use a date as YYYY-MM-DD.' },
  },
  'round-submitted': {
    title: { nl: 'Ronde is ingediend', en: 'Round submitted' },
    detail: {
      nl: 'Deze ronde is ingediend en kan niet meer worden gewijzigd. Wijzigingen horen in een nieuwe ronde.',
      en: 'This round has been submitted and can no longer be changed. Changes go into a new round.',
    },
  },
  'unknown-domain': {
    title: { nl: 'Onbekend domein', en: 'Unknown domain' },
    detail: {
      nl: 'Het normenkader van deze ronde heeft geen domein {domain}.',
      en: 'The rubric of this round has no domain {domain}.',
    },
  },
  'round-not-submitted': {
    title: { nl: 'Ronde nog niet ingediend', en: 'Round not submitted' },
    detail: {
      nl: 'Deze ronde is nog niet ingediend, dus er is nog geen vastgelegde inhoud.',
      en: 'This round has not been submitted yet, so there is no frozen content.',
    },
  },
  'version-conflict': {
    title: { nl: 'Intussen gewijzigd', en: 'Changed in the meantime' },
    detail: {
      nl: '{updatedBy} heeft dit intussen gewijzigd ({updatedAt}). Laad de nieuwe versie of bewaar je eigen tekst opnieuw.',
      en: '{updatedBy} changed this in the meantime ({updatedAt}). Reload the new version or save your own text again.',
    },
  },
  'round-incomplete': {
    title: { nl: 'Ronde nog niet compleet', en: 'Round not complete' },
    detail: {
      nl: 'Indienen kan pas als elk criterium is beoordeeld of niet van toepassing is. Nog niet beantwoord: {missing}. Overgenomen en nog niet bevestigd: {unconfirmed}.',
      en: 'A round can be submitted once every criterion is scored or not applicable. Not answered yet: {missing}. Carried over and not yet confirmed: {unconfirmed}.',
    },
  },
  'deadline-after-target-date': {
    title: { nl: 'Uiterste datum na de streefdatum', en: 'Deadline after the target date' },
    detail: {
      nl: 'De uiterste datum van de zelfevaluatie ({deadline}) ligt na de datum waar de ronde op gericht is ({targetDate}).',
      en: 'The self-evaluation deadline ({deadline}) falls after the date the round aims at ({targetDate}).',
    },
  },
  'level-outside-scale': {
    title: { nl: 'Niveau buiten de schaal', en: 'Level outside the scale' },
    detail: {
      nl: 'Kies voor criterium {criterionCode} een niveau van {min} tot en met {max} ({field}).',
      en: 'Choose a level from {min} to {max} for criterion {criterionCode} ({field}).',
    },
  },
  'not-applicable-not-allowed': {
    title: { nl: 'Niet van toepassing kan hier niet', en: 'Not applicable is not allowed here' },
    detail: {
      nl: 'Criterium {criterionCode} moet voor het label altijd worden beoordeeld.',
      en: 'Criterion {criterionCode} must always be assessed for the label.',
    },
  },
  'not-applicable-reason-required': {
    title: { nl: 'Reden ontbreekt', en: 'Reason missing' },
    detail: {
      nl: 'Geef aan waarom criterium {criterionCode} niet van toepassing is.',
      en: 'Explain why criterion {criterionCode} does not apply.',
    },
  },
  'response-not-answered': {
    title: { nl: 'Nog geen antwoord', en: 'Not answered yet' },
    detail: {
      nl: 'Kies eerst een niveau voordat je criterium {criterionCode} klaarzet voor controle.',
      en: 'Choose a level before marking criterion {criterionCode} ready for review.',
    },
  },
  'rubric-not-published': {
    title: { nl: 'Normenkader niet beschikbaar', en: 'Rubric not available' },
    detail: {
      nl: 'Normenkader {rubricId} versie {version} is niet gepubliceerd. Kies een gepubliceerde versie.',
      en: 'Rubric {rubricId} version {version} is not published. Choose a published version.',
    },
  },
  'no-submitted-round': {
    title: { nl: 'Geen ingediende ronde', en: 'No submitted round' },
    detail: {
      nl: 'Er is nog geen ingediende ronde om antwoorden uit over te nemen.',
      en: 'There is no submitted round yet to carry answers over from.',
    },
  },
  'unknown-criterion': {
    title: { nl: 'Onbekend criterium', en: 'Unknown criterion' },
    detail: {
      nl: 'Criterium {criterionCode} hoort niet bij het normenkader van deze ronde.',
      en: "Criterion {criterionCode} is not part of this round's rubric.",
    },
  },
  'unknown-member': {
    title: { nl: 'Onbekend lid', en: 'Unknown member' },
    detail: {
      nl: 'Deze persoon is geen lid van je organisatie.',
      en: 'This person is not a member of your organisation.',
    },
  },
  'owner-is-read-only': {
    title: { nl: 'Kan alleen lezen', en: 'Read-only member' },
    detail: {
      nl: 'Een manager kan alleen lezen en dus geen eigenaar zijn. Kies een kwaliteitsfunctionaris of bijdrager.',
      en: 'A manager can only read and so cannot be an owner. Choose a quality officer or contributor.',
    },
  },
  'invalid-action-transition': {
    title: { nl: 'Statuswijziging niet mogelijk', en: 'Status change not possible' },
    detail: {
      nl: 'Een actie met status {from} kan niet naar status {to}.',
      en: 'An action with status {from} cannot move to status {to}.',
    },
  },
  'reflection-required': {
    title: { nl: 'Reflectie ontbreekt', en: 'Reflection missing' },
    detail: {
      nl: 'Beschrijf kort wat de actie heeft veranderd voordat je haar afrondt.',
      en: 'Describe briefly what the action changed before marking it done.',
    },
  },
  'file-too-large': {
    title: { nl: 'Bestand te groot', en: 'File too large' },
    detail: {
      nl: 'Het bestand is groter dan de toegestane {limit}. Er is niets opgeslagen.',
      en: 'The file is larger than the allowed {limit}. Nothing was stored.',
    },
  },
  'unsupported-file-type': {
    title: { nl: 'Bestandstype niet toegestaan', en: 'File type not allowed' },
    detail: {
      nl: 'Dit type bestand kan niet als bewijs worden opgeslagen. Toegestaan: {allowed}.',
      en: 'This type of file cannot be stored as evidence. Allowed: {allowed}.',
    },
  },
  'file-type-mismatch': {
    title: { nl: 'Inhoud past niet bij de naam', en: 'Content does not match the name' },
    detail: {
      nl: 'De inhoud van het bestand is geen .{extension}-bestand. Sla het op in het juiste formaat en probeer het opnieuw.',
      en: 'The content of the file is not a .{extension} file. Save it in the right format and try again.',
    },
  },
  'office-file-unpacks-too-large': {
    title: { nl: 'Bestand pakt te groot uit', en: 'File unpacks too large' },
    detail: {
      nl: 'Dit .{extension}-bestand pakt uit tot meer dan {limit}: een Office-bestand mag uitgepakt hoogstens 100 keer zo groot zijn als het bestand en nooit groter dan 200 MiB. Er is niets opgeslagen.',
      en: 'This .{extension} file unpacks to more than {limit}: unpacked, an office file may be at most 100 times the size of the file and never larger than 200 MiB. Nothing was stored.',
    },
  },
  'damaged-office-file': {
    title: { nl: 'Bestand beschadigd', en: 'Damaged file' },
    detail: {
      nl: 'Dit .{extension}-bestand is geen geldig Office-bestand: het is beschadigd of onleesbaar. Sla het opnieuw op en probeer het nog eens. Er is niets opgeslagen.',
      en: 'This .{extension} file is not a valid office file: it is damaged or unreadable. Save it again and try once more. Nothing was stored.',
    },
  },
  'malformed-upload': {
    title: { nl: 'Upload onleesbaar', en: 'Malformed upload' },
    detail: {
      nl: 'Stuur één bestand als multipart/form-data in het veld "file", met titel, soort en datum.',
      en: 'Send one file as multipart/form-data in the field "file", with title, kind and date.',
    },
  },
  'not-peer-group-creator': {
    title: { nl: 'Alleen de oprichter', en: 'Creator only' },
    detail: {
      nl: 'Alleen de organisatie die de toetsingsgroep heeft opgericht kan organisaties uitnodigen of verwijderen.',
      en: 'Only the organisation that created the peer group can invite or remove organisations.',
    },
  },
  'already-peer-group-member': {
    title: { nl: 'Al lid', en: 'Already a member' },
    detail: {
      nl: 'Je organisatie is al lid van deze toetsingsgroep.',
      en: 'Your organisation is already a member of this peer group.',
    },
  },
  'peer-group-has-no-schedule': {
    title: { nl: 'Nog geen rooster', en: 'No schedule yet' },
    detail: {
      nl: 'Een toetsingsgroep heeft minstens twee organisaties nodig voordat iemand jullie ronde kan toetsen.',
      en: 'A peer group needs at least two organisations before anyone can review your round.',
    },
  },
  'no-round-awaiting-review': {
    title: { nl: 'Geen ronde om te toetsen', en: 'No round to review' },
    detail: {
      nl: 'Je organisatie heeft geen ingediende ronde voor intercollegiale toetsing die nog op toetsing wacht.',
      en: 'Your organisation has no submitted peer-review round that is still awaiting review.',
    },
  },
  'duplicate-peer-group-member': {
    title: { nl: 'Dubbel lid', en: 'Duplicate member' },
    detail: {
      nl: 'Een organisatie staat twee keer in de toetsingsgroep.',
      en: 'An organisation appears twice in the peer group.',
    },
  },
  'round-not-reviewable': {
    title: { nl: 'Ronde niet te toetsen', en: 'Round cannot be reviewed' },
    detail: {
      nl: 'Alleen een ingediende ronde kan intercollegiaal getoetst worden.',
      en: 'Only a submitted round can be peer reviewed.',
    },
  },
  'reviewer-already-invited': {
    title: { nl: 'Al uitgenodigd', en: 'Already invited' },
    detail: {
      nl: '{email} heeft al een geldige uitnodiging voor deze ronde.',
      en: '{email} already has a valid invitation for this round.',
    },
  },
  'reviewer-is-member': {
    title: { nl: 'Lid van de organisatie', en: 'Member of the organisation' },
    detail: {
      nl: '{email} is lid van deze organisatie en kan haar niet intercollegiaal toetsen.',
      en: '{email} is a member of this organisation and cannot peer review it.',
    },
  },
  'lead-reviewer-exists': {
    title: { nl: 'Er is al een eerste toetser', en: 'There is a lead reviewer' },
    detail: {
      nl: 'Deze ronde heeft al een geldige uitnodiging voor een eerste toetser.',
      en: 'This round already has a valid invitation for a lead reviewer.',
    },
  },
  'review-invitation-expiry-in-past': {
    title: { nl: 'Datum in het verleden', en: 'Date in the past' },
    detail: {
      nl: 'De uitnodiging kan niet verlopen vóór vandaag ({expiresOn}).',
      en: 'The invitation cannot expire before today ({expiresOn}).',
    },
  },
  'review-invitation-expiry-too-late': {
    title: { nl: 'Datum te ver weg', en: 'Date too far ahead' },
    detail: {
      nl: 'Een uitnodiging geldt hoogstens 90 dagen: uiterlijk tot en met {latest}.',
      en: 'An invitation is valid for at most 90 days: until {latest} at the latest.',
    },
  },
  ...CONTEXT_MESSAGES,
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
