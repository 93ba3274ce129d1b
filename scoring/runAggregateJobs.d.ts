import type {AggregateWork} from "./aggregate.ts";

/** See runAggregateJobs.js: runs the jobs of an aggregation on this thread until none is left. */
export function runAggregateJobs(work: AggregateWork): void;

/** See runAggregateJobs.js: runs one job of `work` into its outputs, which must be zero. */
export function runAggregateJob(work: AggregateWork, job: AggregateWork["jobs"][number]): void;

/** See runAggregateJobs.js: sets the outputs of one job of `work` back to zero. */
export function resetAggregateJob(work: AggregateWork, job: AggregateWork["jobs"][number]): void;
