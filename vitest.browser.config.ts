import {defineConfig} from "vitest/config";

/** Browser tests: the built example site in Debian's Chromium (`npm run test:browser`). */
export default defineConfig({
  test: {
    include: ["tests/browser/**/*.test.ts"],
    globalSetup: ["tests/browser/globalSetup.ts"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    env: {TZ: "UTC"}
  }
});
