import {defineConfig} from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    // Browser tests need a built site and Chromium: `npm run test:browser` (vitest.browser.config.ts).
    exclude: ["tests/browser/**", "**/node_modules/**"],
    testTimeout: 60_000,
    env: {TZ: "UTC"}
  }
});
