export * from './dashboard.types';
export * from './round-report.types';
export * from './days';
export * from './round-report';
export * from './trend';
export * from './comparison';
export * from './sector';
export * from './sector-comparison';
