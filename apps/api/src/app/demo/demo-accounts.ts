import { MemberRole } from '@labelklaar/domain';

export const DEMO_ORGANISATION = 'Stichting Voorbeeld Welzijn';
export const DEMO_PASSWORD = 'Labelklaar-demo-2026';

export const DEMO_ACCOUNTS: { email: string; displayName: string; role: MemberRole }[] = [
  { email: 'kwaliteit@voorbeeld.nl', displayName: 'Karin de Kwaliteit', role: 'quality-officer' },
  { email: 'manager@voorbeeld.nl', displayName: 'Mehmet Manager', role: 'manager' },
  { email: 'teamleider@voorbeeld.nl', displayName: 'Tessa Teamleider', role: 'contributor' },
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
