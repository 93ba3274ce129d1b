/** `peiling build --out`: which folders a site may replace, the marker, and the swap. */
import {spawnSync} from "node:child_process";
import {existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {describe, expect, test} from "vitest";
import {CommandError} from "../../site/CommandError.ts";
import {checkSiteOut, publishSite, readMarker, SITE_MARKER, type SiteMarker} from "../../site/publishSite.ts";

const marker: SiteMarker = {tool: "peiling", version: "0.1.0", bundle: "enquete"};

/** A scratch layout: a project with dist/, a bundle, and a home folder to build into. */
function layout() {
  const root = mkdtempSync(join(tmpdir(), "peiling-out-"));
  const project = join(root, "peiling");
  const bundle = join(root, "enquete");
  const home = join(root, "home");
  for (const dir of [project, join(project, "dist"), bundle, home]) mkdirSync(dir, {recursive: true});
  return {root, home, rules: {project, ownDist: join(project, "dist"), bundle}};
}

/** A folder holding a home page, a thesis and photos: what a careless --out could lose. */
function userFolder(parent: string): string {
  const dir = join(parent, "mijn-map");
  mkdirSync(join(dir, "photos"), {recursive: true});
  writeFileSync(join(dir, "index.html"), "<p>my home page</p>");
  writeFileSync(join(dir, "thesis.docx"), "years of work");
  writeFileSync(join(dir, "photos", "holiday.jpg"), "jpeg");
  return dir;
}

const refusal = (f: () => void) => {
  try {
    f();
  } catch (error) {
    expect(error).toBeInstanceOf(CommandError);
    return (error as Error).message;
  }
  throw new Error("not refused");
};

describe("checkSiteOut", () => {
  test("checkSiteOut accepts a new folder, an empty folder, a previous site and the project's dist/", () => {
    const {home, rules} = layout();
    mkdirSync(join(home, "empty"));
    mkdirSync(join(home, "previous"));
    writeFileSync(join(home, "previous", SITE_MARKER), JSON.stringify(marker));
    writeFileSync(join(home, "previous", "index.html"), "old site");
    writeFileSync(join(rules.ownDist, "index.html"), "old site without marker");
    for (const out of [join(home, "new"), join(home, "new", "deeper"), join(home, "empty"), join(home, "previous"), rules.ownDist]) {
      expect(() => checkSiteOut(out, rules), out).not.toThrow();
    }
  });

  test("checkSiteOut refuses a folder with index.html, thesis.docx and photos/ (no marker)", () => {
    const {home, rules} = layout();
    const message = refusal(() => checkSiteOut(userFolder(home), rules));
    expect(message).toContain("mijn-map: this folder is not empty and holds no site Peiling wrote (no .peiling-site file)");
  });

  test("checkSiteOut refuses a marker that is not Peiling's", () => {
    const {home, rules} = layout();
    const dir = userFolder(home);
    writeFileSync(join(dir, SITE_MARKER), JSON.stringify({tool: "other"}));
    expect(refusal(() => checkSiteOut(dir, rules))).toContain("holds no site Peiling wrote");
  });

  test("checkSiteOut refuses --out dist/sub and any folder inside the project", () => {
    const {rules} = layout();
    expect(refusal(() => checkSiteOut(join(rules.ownDist, "sub"), rules))).toContain("this folder is inside the Peiling project");
    expect(refusal(() => checkSiteOut(join(rules.project, "src"), rules))).toContain("this folder is inside the Peiling project");
  });

  test("checkSiteOut refuses the project itself and a folder around it", () => {
    const {root, rules} = layout();
    expect(refusal(() => checkSiteOut(rules.project, rules))).toContain("holds the Peiling project itself");
    expect(refusal(() => checkSiteOut(root, rules))).toContain("holds the Peiling project itself");
  });

  test("checkSiteOut refuses the bundle, a folder inside it and a folder around it", () => {
    const {root, rules} = layout();
    const nested = {...rules, bundle: join(root, "surveys", "enquete")};
    mkdirSync(nested.bundle, {recursive: true});
    expect(refusal(() => checkSiteOut(nested.bundle, nested))).toContain("holds the survey bundle");
    expect(refusal(() => checkSiteOut(join(root, "surveys"), nested))).toContain("holds the survey bundle");
    expect(refusal(() => checkSiteOut(join(nested.bundle, "site"), nested))).toContain("is inside the survey bundle");
  });

  test("checkSiteOut refuses a file given as a folder, and a folder under a file", () => {
    const {home, rules} = layout();
    writeFileSync(join(home, "notes.txt"), "notes");
    expect(refusal(() => checkSiteOut(join(home, "notes.txt"), rules))).toContain("this is a file, not a folder");
    expect(refusal(() => checkSiteOut(join(home, "notes.txt", "site"), rules))).toContain("notes.txt is a file, not a folder");
  });
});

describe("publishSite", () => {
  test("publishSite writes the site with its marker into a new folder and leaves nothing beside it", async () => {
    const {home} = layout();
    const out = join(home, "rapport");
    await publishSite(out, marker, async (dir) => writeFileSync(join(dir, "index.html"), "new"));
    expect(readFileSync(join(out, "index.html"), "utf-8")).toBe("new");
    expect(readMarker(out)).toEqual(marker);
    expect(readdirSync(home)).toEqual(["rapport"]);
  });

  test("publishSite replaces a previous site whole: no file of the old site survives", async () => {
    const {home} = layout();
    const out = join(home, "rapport");
    await publishSite(out, marker, async (dir) => writeFileSync(join(dir, "old-page.html"), "old"));
    await publishSite(out, {...marker, version: "0.2.0"}, async (dir) => writeFileSync(join(dir, "index.html"), "new"));
    expect(readdirSync(out).sort()).toEqual([SITE_MARKER, "index.html"]);
    expect(readMarker(out)?.version).toBe("0.2.0");
    expect(readdirSync(home)).toEqual(["rapport"]);
  });

  test("publishSite leaves the previous site whole when the build fails, and removes its temporary folder", async () => {
    const {home} = layout();
    const out = join(home, "rapport");
    await publishSite(out, marker, async (dir) => writeFileSync(join(dir, "index.html"), "old"));
    const failing = publishSite(out, marker, async (dir) => {
      writeFileSync(join(dir, "index.html"), "half");
      throw new Error("observable build failed");
    });
    await expect(failing).rejects.toThrow("observable build failed");
    expect(readFileSync(join(out, "index.html"), "utf-8")).toBe("old");
    expect(readdirSync(home)).toEqual(["rapport"]);
  });

  test("publishSite into an empty folder keeps nothing of a temporary folder", async () => {
    const {home} = layout();
    mkdirSync(join(home, "leeg"));
    await publishSite(join(home, "leeg"), marker, async (dir) => writeFileSync(join(dir, "index.html"), "new"));
    expect(existsSync(join(home, "leeg", "index.html"))).toBe(true);
    expect(readdirSync(home)).toEqual(["leeg"]);
  });

  test("an interrupted build (SIGINT) leaves the previous site whole and no temporary folder", async () => {
    const {home} = layout();
    const out = join(home, "rapport");
    await publishSite(out, marker, async (dir) => writeFileSync(join(dir, "index.html"), "old"));
    // A build that interrupts itself half way through writing the new site.
    const script = `
      import {writeFileSync} from "node:fs";
      const {publishSite} = await import(${JSON.stringify(new URL("../../site/publishSite.ts", import.meta.url).pathname)});
      await publishSite(${JSON.stringify(out)}, ${JSON.stringify(marker)}, async (dir) => {
        writeFileSync(dir + "/index.html", "half");
        process.kill(process.pid, "SIGINT");
        await new Promise((resolve) => setTimeout(resolve, 5000));
      });
      console.log("finished");`;
    const result = spawnSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], {encoding: "utf8"});
    expect(result.status).toBe(130);
    expect(result.stdout).toBe("");
    expect(readFileSync(join(out, "index.html"), "utf-8")).toBe("old");
    expect(readdirSync(home)).toEqual(["rapport"]);
  });
});
