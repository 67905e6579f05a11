export * from './review-invitation.types';
export * from './review-invitation-rules';
