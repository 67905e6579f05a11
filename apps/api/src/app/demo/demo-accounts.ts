import { MemberRole } from '@labelklaar/domain';

export const DEMO_ORGANISATION = 'Stichting Voorbeeld Welzijn';
export const DEMO_PASSWORD = 'Labelklaar-demo-2026';

export const DEMO_ACCOUNTS: { email: string; displayName: string; role: MemberRole }[] = [
  { email: 'kwaliteit@voorbeeld.nl', displayName: 'Karin de Kwaliteit', role: 'quality-officer' },
  { email: 'manager@voorbeeld.nl', displayName: 'Mehmet Manager', role: 'manager' },
  { email: 'teamleider@voorbeeld.nl', displayName: 'Tessa Teamleider', role: 'contributor' },
  {
    email: 'sociaalwerker@voorbeeld.nl',
    displayName: 'Sanne Sociaal Werker',
    role: 'professional',
  },
  // More professionals, so each team's learning report has at least three authors.
  { email: 'wijkcoach@voorbeeld.nl', displayName: 'Wendy Wijkcoach', role: 'professional' },
  { email: 'opbouwwerker@voorbeeld.nl', displayName: 'Omar Opbouwwerker', role: 'professional' },
  {
    email: 'jongerenwerker@voorbeeld.nl',
    displayName: 'Jordy Jongerenwerker',
    role: 'professional',
  },
  { email: 'straatwerker@voorbeeld.nl', displayName: 'Sara Straatwerker', role: 'professional' },
];

/** The demo organisation's teams: who is in them, and who leads them (by e-mail). */
export const DEMO_TEAMS: {
  name: string;
  description: string;
  members: { email: string; teamRole: 'member' | 'lead' }[];
}[] = [
  {
    name: 'Wijkteam Noord',
    description: 'Maatschappelijk werk en opbouwwerk in Noord',
    members: [
      { email: 'teamleider@voorbeeld.nl', teamRole: 'lead' },
      { email: 'sociaalwerker@voorbeeld.nl', teamRole: 'member' },
      { email: 'wijkcoach@voorbeeld.nl', teamRole: 'member' },
      { email: 'opbouwwerker@voorbeeld.nl', teamRole: 'member' },
    ],
  },
  {
    name: 'Jongerenwerk',
    description: 'Ambulant jongerenwerk en het jongerencentrum',
    members: [
      { email: 'teamleider@voorbeeld.nl', teamRole: 'lead' },
      { email: 'sociaalwerker@voorbeeld.nl', teamRole: 'member' },
      { email: 'jongerenwerker@voorbeeld.nl', teamRole: 'member' },
      { email: 'straatwerker@voorbeeld.nl', teamRole: 'member' },
    ],
  },
];

/** The label owner's staff member: sees the anonymised sector view, no organisation's data. */
export const DEMO_PLATFORM_ADMIN = {
  email: 'beheer@labelklaar.nl',
  displayName: 'Lotte Labelhouder',
};

/** The peer organisation that reviewed Voorbeeld Welzijn's earlier round (intercollegiale toetsing). */
export const DEMO_PEER_ORGANISATION = 'Stichting Buurtkracht';
export const DEMO_PEER_ACCOUNTS: { email: string; displayName: string; role: MemberRole }[] = [
  { email: 'kwaliteit@buurtkracht.nl', displayName: 'Fatima El Amrani', role: 'quality-officer' },
];
