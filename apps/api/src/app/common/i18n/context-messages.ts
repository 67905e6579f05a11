/** The problem texts each context keeps in a file of its own, in one catalogue. */
import { ACCOUNT_MESSAGES } from './account-messages';
import { ACCOUNT_SETTINGS_MESSAGES } from './account-settings-messages';
import { COMMENT_MESSAGES } from './comment-messages';
import { INPUT_MESSAGES } from './input-messages';
import type { Catalogue } from './messages';
import { NOTIFICATION_MESSAGES } from './notification-messages';
import { ORGANISATION_DATA_MESSAGES } from './organisation-data-messages';
import { REVIEW_MESSAGES } from './review-messages';
import { ROUND_LIFE_MESSAGES } from './round-life-messages';
import { ROUND_REVIEW_MESSAGES } from './round-review-messages';
import { RUBRIC_MESSAGES } from './rubric-messages';
import { DECISION_MODEL_MESSAGES, TEAM_MESSAGES } from './team-messages';
import { UPGRADE_MESSAGES } from './upgrade-messages';
import { VAKMANSCHAP_MESSAGES } from './vakmanschap-messages';

export const CONTEXT_MESSAGES: Catalogue = {
  ...REVIEW_MESSAGES,
  ...RUBRIC_MESSAGES,
  ...UPGRADE_MESSAGES,
  ...ROUND_LIFE_MESSAGES,
  ...ROUND_REVIEW_MESSAGES,
  ...ACCOUNT_MESSAGES,
  ...ACCOUNT_SETTINGS_MESSAGES,
  ...INPUT_MESSAGES,
  ...COMMENT_MESSAGES,
  ...NOTIFICATION_MESSAGES,
  ...ORGANISATION_DATA_MESSAGES,
  ...TEAM_MESSAGES,
  ...DECISION_MODEL_MESSAGES,
  ...VAKMANSCHAP_MESSAGES,
};
