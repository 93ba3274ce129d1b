// The part of jStat's API that Peiling uses; jstat ships no type declarations.
declare module "jstat" {
  interface Distribution {
    cdf(x: number, ...parameters: number[]): number;
    inv(p: number, ...parameters: number[]): number;
  }
  export const jStat: {studentt: Distribution; normal: Distribution; chisquare: Distribution};
  const _default: {studentt: Distribution; normal: Distribution; chisquare: Distribution};
  export default _default;
}
