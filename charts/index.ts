/**
 * Peiling's chart library: pure functions from the report model (`scoring/types.ts`) and the view
 * models (`charts/types.ts`) and options to an element, with the words they print (`text/chartText.ts`). Each chart takes `width` and `document` as options, never fetches or reads
 * globals, and returns an accessible `<figure>` (caption, described image, data table). The site
 * bundles this file with esbuild, keeping `@observablehq/plot` and the `d3-*` packages external.
 */

// Formatting, words and the difference rule
export * from "../text/translations.ts";
export * from "../text/format.ts";
export * from "../text/chartText.ts";
export * from "./differenceStyle.ts";

// Building blocks
export * from "./textWidth.ts";
export * from "./wrapText.ts";
export * from "./dataTable.ts";
export * from "./chartFigure.ts";
export * from "./noData.ts";
export * from "./swatches.ts";
export * from "./scrollBox.ts";
export * from "./plotOptions.ts";

// Marks and charts
export * from "./moduleBarsX.ts";
export * from "./ModuleBarsChart.ts";
export * from "./GroupHeatmap.ts";
export * from "./EnpsDistributionChart.ts";
export * from "./EnpsGroupStrip.ts";
export * from "./TopicRankingChart.ts";
export * from "./LikertDistributionChart.ts";
export * from "./ResponseRateChart.ts";
export * from "./DifferenceLegend.ts";
export * from "./ComparisonTable.ts";
export * from "./GradeDistributionChart.ts";
export * from "./NormTable.ts";

export * from "./ChoiceDistributionChart.ts";
export * from "./CommentWordsChart.ts";
export * from "./GroupTable.ts";
export * from "./groupReferences.ts";
export * from "./normOutcome.ts";
export * from "./ThemeIntervalChart.ts";

// Trends over earlier waves
export * from "./trendLines.ts";
export * from "./trendSparkline.ts";
export * from "./TrendChart.ts";
export * from "./SlopeChart.ts";
export * from "./TrendSparklines.ts";

// A study across organisations
export * from "../text/studyText.ts";
export * from "./limitPosition.ts";
export * from "./SpreadChart.ts";
export * from "./FunnelPlot.ts";
export * from "./CorrelationChart.ts";
export * from "./DriverChart.ts";
export * from "./organisationReferences.ts";
export * from "./OrganisationPicker.ts";
