export * from './review.types';
export * from './judgements';
export * from './review-rules';
export * from './hearing';
export * from './peer-gaps';
export * from './leerrapport';
export * from './leerrapport-rules';
