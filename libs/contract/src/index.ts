export * from './errors';
export * from './health';
export * from './auth';
export * from './organization';
export * from './audit';
export * from './common-passwords';
