/** One defect in a survey bundle, located as an editor counts: line 1 is the first line (a CSV header). */
export interface BundleIssue {
  /** The file, relative to the bundle folder (e.g. `responses.csv`, `previous/survey.yaml`). */
  file: string;
  line?: number;
  /** 1-based: the field number in a CSV, the character column in YAML. */
  column?: number;
  /** The CSV column name, where there is one. */
  columnName?: string;
  /** What is wrong, in a sentence. */
  message: string;
  /** What was expected instead. */
  expected?: string;
  /** A short stable name for the kind of defect, used to count set-aside rows per reason. */
  kind: string;
  /**
   * For the entry of kind `more`, which stands for defects found but not kept: how many. Such an
   * entry is counted as that many defects and not listed.
   */
  count?: number;
}

/** The most defects a single error lists in its message; the rest are counted. */
const MAX_LISTED = 50;

/**
 * Formats one issue as `file:line:column (name): message; expected …`, the form editors and
 * terminals turn into links.
 *
 * @example
 * formatIssue({file: "responses.csv", line: 12, column: 4, columnName: "bev1", message: "unknown answer \"7\"", kind: "unknown-code"})
 * // "responses.csv:12:4 (bev1): unknown answer \"7\""
 */
export function formatIssue(issue: BundleIssue): string {
  let where = issue.file;
  if (issue.line !== undefined) where += `:${issue.line}`;
  if (issue.column !== undefined) where += `:${issue.column}`;
  if (issue.columnName !== undefined) where += ` (column "${issue.columnName}")`;
  const expected = issue.expected ? `; expected ${issue.expected}` : "";
  return `${where}: ${issue.message}${expected}`;
}

/** How many defects the issues stand for: each counts one, an entry of kind `more` its `count`. */
function countIssues(issues: BundleIssue[]): number {
  return issues.reduce((sum, issue) => sum + (issue.kind === "more" ? (issue.count ?? 0) : 1), 0);
}

/**
 * The first issue, formatted, and how many more there are: one line saying why a bundle cannot
 * be read, where a whole {@link BundleError} is not wanted (why the DuckDB engine leaves a bundle
 * to the JS reader, say).
 *
 * @example
 * summarizeIssues([{file: "responses.csv", line: 1, message: "the file is empty", kind: "missing-column"}, issue])
 * // "responses.csv:1: the file is empty (and 1 more)"
 */
export function summarizeIssues(issues: BundleIssue[]): string {
  const first = issues.find((issue) => issue.kind !== "more");
  const total = countIssues(issues);
  if (!first) return `${total} defects`;
  return `${formatIssue(first)}${total > 1 ? ` (and ${total - 1} more)` : ""}`;
}

/**
 * A bundle that cannot be scored: carries every defect found, not just the first.
 *
 * @example
 * if (issues.length) throw new BundleError(issues);
 */
export class BundleError extends Error {
  readonly issues: BundleIssue[];

  constructor(issues: BundleIssue[]) {
    const kept = issues.filter((issue) => issue.kind !== "more");
    const total = countIssues(issues);
    const listed = kept.slice(0, MAX_LISTED).map(formatIssue);
    const more = total > listed.length ? [`… and ${total - listed.length} more defects`] : [];
    const count = total === 1 ? "1 defect" : `${total} defects`;
    super([`The survey bundle has ${count}:`, ...listed, ...more].join("\n"));
    this.name = "BundleError";
    this.issues = issues;
  }
}
