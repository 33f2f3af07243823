import '@testing-library/jest-dom';

// Web parts keep the open item in the address (`?koordinator=aktivitet:1`, src/common/links/useDeepLink.ts); jsdom keeps
// one address per test file, so every test starts on a clean one — else the next test would open that item itself.
// (Some unit files run in Node, `@jest-environment node`: they have no address.)
afterEach(() => {
  if (typeof window !== 'undefined') window.history.replaceState(null, '', '/');
});
