import * as Plot from "@observablehq/plot";
import {JSDOM} from "jsdom";
import {existsSync, readFileSync, unlinkSync, writeFileSync} from "node:fs";
import {fileURLToPath} from "node:url";
import {describe, it} from "vitest";
import * as C from "../../charts/index.ts";
import {NarrativeList} from "../../narrative/index.ts";
import {manyGroups, percentPositive, report} from "./fixtures.ts";
import {quality} from "./qualityFixtures.ts";
import {choice, comments, groupSummaries, multi} from "./siteFixtures.ts";
import {serialize} from "./serialize.ts";
import type {AgendaRow} from "../../charts/types.ts";
import {trends} from "./trendFixtures.ts";
import {studyCorrelation, studyDrivers, studySpread, studySurvey} from "./studyFixtures.ts";

// Every component at a fixed width from deterministic fixtures (TZ is pinned to UTC by
// vitest.config.ts), compared with the committed file in output/. A missing file is written only
// with UPDATE_SNAPSHOTS=1; a mismatch writes <name>-changed.<ext> next to it and fails (with
// UPDATE_SNAPSHOTS=1 it overwrites the snapshot instead).

const width = 640;
/** Rows of an agenda theme's chart: groups against the organisation, one relevantly lower, one suppressed. */
const themeRows: AgendaRow[] = [
  {id: "domein=A", label: "Bedrijfsvoering", slug: "domein-a", score: 6.72, ci: [6.5, 6.94], n: 243, difference: -0.41, level: "none", suppressed: false},
  {id: "domein=B", label: "Mobiliteit", slug: "domein-b", score: 7.31, ci: [7.12, 7.5], n: 208, difference: 0.26, level: "none", suppressed: false},
  {id: "team=F", label: "Financiën", slug: "team-f", score: 6.08, ci: [5.8, 6.36], n: 53, difference: -1.03, level: "relevant", suppressed: false},
  {id: "team=I", label: "Inkoop", slug: null, score: null, ci: null, n: null, difference: null, level: "none", suppressed: true}
];
const many = manyGroups();
const spread = studySpread();
const snapshots: Record<string, (document: Document) => Element> = {
  moduleBars: (document) => C.ModuleBarsChart(report, {document, width, ci: true}),
  moduleBarsSortedNoPrevious: (document) => C.ModuleBarsChart(report, {document, width, sort: "score", previous: null, table: null}),
  moduleBarsPercentEnglish: (document) => C.ModuleBarsChart(percentPositive(), {document, width, locale: "en"}),
  moduleBarsNarrow: (document) => C.ModuleBarsChart(report, {document, width: 400, legend: null, table: null}),
  moduleBarsPhone: (document) => C.ModuleBarsChart(report, {document, width: 320, table: null}),
  moduleBarsX: (document) =>
    Plot.plot({
      document,
      width,
      height: 6 * 40 + 54,
      marginTop: 24,
      marginRight: 260,
      y: {domain: report.modules.map((m) => m.id), padding: 0, axis: null},
      x: {domain: [0, 10]},
      marks: [C.moduleBarsX(report, {rowHeight: 40})]
    }),
  groupHeatmap: (document) => C.GroupHeatmap(report, {document, width}),
  groupHeatmapQuestionsDifference: (document) => C.GroupHeatmap(report, {document, width, items: "questions", measure: "difference", locale: "en"}),
  groupHeatmap250: (document) => C.GroupHeatmap(many, {document, width, table: null}),
  enpsDistribution: (document) => C.EnpsDistributionChart(report.enps, {document, width}),
  enpsDistributionEnglishNarrow: (document) => C.EnpsDistributionChart(report.enps, {document, width: 360, locale: "en"}),
  enpsGroupStrip: (document) => C.EnpsGroupStrip(report, {document, width}),
  enpsGroupStrip250: (document) => C.EnpsGroupStrip(many, {document, width, sort: "score", table: null}),
  topicRanking: (document) => C.TopicRankingChart(report, {document, width}),
  topicRankingNarrow: (document) => C.TopicRankingChart(report, {document, width: 360, top: 3}),
  likertDistribution: (document) => C.LikertDistributionChart(report, {document, width}),
  responseRate: (document) => C.ResponseRateChart(report, {document, width, benchmarks: [{label: "Benchmark Provincies", rate: 0.63}]}),
  differenceLegend: (document) => C.DifferenceLegend({document, suppressed: true}),
  comparisonTable: (document) => C.ComparisonTable(report, {document}),
  comparisonTableGroupQuestions: (document) =>
    C.ComparisonTable(report, {document, kind: "question", group: "afdeling=Mobiliteit", against: ["organisation"], locale: "en"}),
  noData: (document) => C.ModuleBarsChart({modules: []}, {document, width}),
  normTable: (document) => C.NormTable(quality, {document}),
  gradeDistribution: (document) => C.GradeDistributionChart(quality.populations[0], {document, width}),
  gradeDistributionEnglishNarrow: (document) => C.GradeDistributionChart(quality.populations[1], {document, width: 360, locale: "en", legend: null}),
  choiceDistribution: (document) => C.ChoiceDistributionChart(choice, {document, width}),
  choiceDistributionMultiEnglish: (document) => C.ChoiceDistributionChart(multi, {document, width: 400, locale: "en", table: null}),
  commentWords: (document) => C.CommentWordsChart(comments, {document, width}),
  themeInterval: (document) => C.ThemeIntervalChart(themeRows, {document, width, reference: 7.08, referenceLabel: "Organisatie", title: "Leiderschap per groep"}),
  themeIntervalShareEnglish: (document) =>
    C.ThemeIntervalChart(themeRows.map((r) => ({...r, score: r.score && r.score / 10, ci: r.ci && [r.ci[0] / 10, r.ci[1] / 10], difference: r.difference && r.difference / 10})), {document, width: 400, locale: "en", scoring: "percent-positive", table: null}),
  groupTable: (document) => C.GroupTable(groupSummaries, {document, parents: true, href: (g) => (g.slug ? `./groepen/${g.slug}` : null)}),
  trendChart: (document) => C.TrendChart(trends, {document, width}),
  trendChartEnpsEnglish: (document) => C.TrendChart(trends, {document, width: 400, kind: "enps", locale: "en"}),
  trendChartGroup: (document) => C.TrendChart(trends, {document, width, group: "afdeling=Mobiliteit", table: null}),
  trendChartQuestion: (document) => C.TrendChart(trends, {document, width, kind: "question"}),
  slopeChart: (document) => C.SlopeChart(trends, {document, width}),
  groupHeatmapTrends: (document) => C.GroupHeatmap(report, {document, width, trends, table: null, legend: null}),
  trendSparklines: (document) => C.TrendSparklines(trends, {document, group: "afdeling=Mobiliteit"}),
  spreadChart: (document) => C.SpreadChart(spread.rows, {document, width, survey: studySurvey, item: spread.name, mean: spread.mean}),
  spreadChartDutchNoTable: (document) => C.SpreadChart(spread.rows, {document, width: 400, scoring: "percent-positive", item: spread.name, table: null}),
  funnelPlot: (document) => C.FunnelPlot(spread.rows, {document, width, survey: studySurvey, item: spread.name, mean: spread.mean}),
  correlationChart: (document) => C.CorrelationChart(studyCorrelation(), {document, width, survey: studySurvey}),
  driverChart: (document) => C.DriverChart(studyDrivers, {document, width, survey: studySurvey}),
  narrativeList: (document) =>
    NarrativeList(
      [
        [{text: "Respons.", strong: true}, " Van de ", {text: "1.388", href: "#respons"}, " medewerkers vulden er ", {text: "919", href: "#respons"}, " de vragenlijst in."],
        [],
        ["Geen enkele modulescore veranderde relevant."]
      ],
      {document}
    )
};

const update = process.env.UPDATE_SNAPSHOTS === "1";
const output = (file: string) => fileURLToPath(new URL(`./output/${file}`, import.meta.url));

describe("component snapshots", () => {
  for (const [name, render] of Object.entries(snapshots)) {
    it(`${name} matches output/${name}`, () => {
      const {document} = new JSDOM("<!doctype html>").window;
      const root = render(document);
      const ext = root.tagName.toLowerCase() === "svg" ? "svg" : "html";
      if (ext === "svg") {
        root.setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns", "http://www.w3.org/2000/svg");
      }
      const actual = serialize(root);
      const file = output(`${name}.${ext}`);
      const changed = output(`${name}-changed.${ext}`);
      if (!existsSync(file)) {
        if (!update) throw new Error(`missing snapshot output/${name}.${ext}: run UPDATE_SNAPSHOTS=1 npx vitest run tests/components`);
        writeFileSync(file, actual);
        return;
      }
      const expected = readFileSync(file, "utf8");
      if (actual === expected) {
        if (existsSync(changed)) unlinkSync(changed);
        return;
      }
      if (update) {
        writeFileSync(file, actual);
        if (existsSync(changed)) unlinkSync(changed);
        return;
      }
      writeFileSync(changed, actual);
      throw new Error(`${name} differs from output/${name}.${ext}: see output/${name}-changed.${ext}`);
    });
  }
});
