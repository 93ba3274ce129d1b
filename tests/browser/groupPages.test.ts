import {expect, test} from "vitest";
import {sitePages} from "./harness.ts";
import {checkPages, reportPages, useSite} from "./pageChecks.ts";

// The page of every shown group, checked like every other page (site.test.ts), in a file of its
// own so vitest runs it beside the site's other pages.
const pages = sitePages().filter((path) => path.startsWith("/groepen/"));
const env = useSite();

test("the site has a page for every group the report lists, and only those", () => {
  expect(pages.length).toBeGreaterThan(0);
  expect(pages).toEqual(reportPages().filter((path) => path.startsWith("/groepen/")).sort());
});

// A group page draws module bars, the eNPS, topics and (for most) comment words and distributions.
checkPages(pages, () => 3, env);
