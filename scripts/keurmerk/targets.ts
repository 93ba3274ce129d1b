/**
 * The published figures the quality-mark example reproduces: table 1.1 of a client-satisfaction
 * report for a reintegration company (seed 004): per service and in total the net sample
 * (invited), the completed questionnaires and the mean grade, for clients and commissioners.
 */

/** One row of table 1.1: a service of the clients, or a population's total. */
export interface GradeTarget {
  /** The net sample: invited and reachable. */
  invited: number;
  /** Completed questionnaires. */
  completed: number;
  /** The mean grade as published, to one decimal. */
  grade: number;
}

/** The clients' services in the table's order. */
export const services: ({name: string} & GradeTarget)[] = [
  {name: "Outplacement", invited: 6, completed: 4, grade: 8.1},
  {name: "Toeleiden van werk naar werk (eerste en tweede spoor)", invited: 428, completed: 81, grade: 7.6},
  {name: "Toeleiden naar werk vanuit situatie geen werk", invited: 26, completed: 12, grade: 7.7}
];

/** The clients in total (the sum of the services). */
export const clients: GradeTarget = {invited: 460, completed: 97, grade: 7.6};

/** The commissioners, who grade with a decimal and use no service. */
export const commissioners: GradeTarget = {invited: 58, completed: 11, grade: 7.6};

/** Share of each population who say they recommended the company to others. */
export const recommended = {clients: 0.72, commissioners: 0.82};

/**
 * The aspects the example's benchmark ("all participants") rates lower than the company, by how
 * much on 0–10 (the published report lists four clients' aspects as relatively good); every other
 * aspect's benchmark lies within 0.4 of the company's score.
 */
export const strongAspects: Record<string, number> = {kantoor2: 1.1, contact1: 0.9, contact3: 0.8, kantoor1: 1.0};
