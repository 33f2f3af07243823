export * from './common';
export * from './activity';
export * from './process';
export * from './decision';
export * from './task';
export * from './inquiry';
export * from './meeting';
export * from './pageLink';
