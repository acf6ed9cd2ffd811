// `npm run test:browser`: the widget in Debian's Chromium (playwright-core) against the local
// server. Kept out of `npm test` because it needs Chromium and takes ~30 s.
const base = require('./jest.config.js');

/** @type {import('jest').Config} */
module.exports = {
  ...base,
  roots: ['<rootDir>/test/browser'],
  testMatch: ['**/*.browser.ts'],
  testTimeout: 90000,
};
