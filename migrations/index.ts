import { CreateFoundation1795546655400 } from './1795546655400-create-foundation';

/** Every migration, in order; the API runs the pending ones on start. */
export const MIGRATIONS = [CreateFoundation1795546655400];
