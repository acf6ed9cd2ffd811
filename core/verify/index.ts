// Verified resolution: test addresses, the reading of a test message's headers, the verdict.
export * from './address';
export * from './analyse';
export * from './config';
export * from './message-facts';
export * from './ports';
export * from './received';
export * from './test-addresses';
export * from './verify-service';
