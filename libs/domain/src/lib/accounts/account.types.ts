/** The languages an account can choose for the interface and its mail. */
export const ACCOUNT_LANGUAGES = ['nl', 'en'] as const;
export type AccountLanguage = (typeof ACCOUNT_LANGUAGES)[number];

/** A stored language the product no longer offers reads as Dutch, the default. */
export const accountLanguageOf = (value: string | null | undefined): AccountLanguage =>
  value === 'en' ? 'en' : 'nl';

export const DISPLAY_NAME_MAX_LENGTH = 120;
export const EMAIL_MAX_LENGTH = 254;

/** What the account page shows and changes about the person logged in. */
export interface AccountProfile {
  email: string;
  displayName: string;
  language: AccountLanguage;
  /** A new address waiting for confirmation by its mailed link, if any. */
  pendingEmail: string | null;
}

export interface UpdateAccountProfile {
  displayName: string;
  language: AccountLanguage;
}

export interface ChangeEmailRequest {
  email: string;
  currentPassword: string;
}

/** One logged-in browser of the account, as "Actieve sessies" lists it. */
export interface AccountSession {
  id: string;
  userAgent: string | null;
  ipAddress: string | null;
  createdAt: string;
  lastSeenAt: string;
  /** The session this request comes from. */
  current: boolean;
}
