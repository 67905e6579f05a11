export * from './lib/rubric/rubric.types';
export * from './lib/organisations/organisation.types';
