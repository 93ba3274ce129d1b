/**
 * Ordinary least squares written for the tests, apart from scoring/drivers.ts: the normal
 * equations solved by Gaussian elimination on the respondents' rows, and the LMG importances as the
 * average over every order of entry of each driver's increment in R².
 */

/** Solves A·b = c by Gaussian elimination with partial pivoting. */
export function solve(a: number[][], c: number[]): number[] {
  const n = c.length;
  const m = a.map((row, i) => [...row, c[i]]);
  for (let col = 0; col < n; ++col) {
    let best = col;
    for (let r = col + 1; r < n; ++r) if (Math.abs(m[r][col]) > Math.abs(m[best][col])) best = r;
    [m[col], m[best]] = [m[best], m[col]];
    for (let r = 0; r < n; ++r) {
      if (r === col) continue;
      const f = m[r][col] / m[col][col];
      for (let k = col; k <= n; ++k) m[r][k] -= f * m[col][k];
    }
  }
  return m.map((row, i) => row[n] / row[i]);
}

/** R² of the OLS fit of the last column on the columns in `use` (with an intercept), from the rows. */
export function fittedR2(rows: number[][], use: number[]): number {
  const y = rows.map((r) => r[r.length - 1]);
  const mean = y.reduce((a, b) => a + b, 0) / y.length;
  const total = y.reduce((s, v) => s + (v - mean) ** 2, 0);
  if (use.length === 0) return 0;
  const design = rows.map((r) => [1, ...use.map((j) => r[j])]);
  const p = use.length + 1;
  const xtx = Array.from({length: p}, (_, i) => Array.from({length: p}, (_, j) => design.reduce((s, d) => s + d[i] * d[j], 0)));
  const xty = Array.from({length: p}, (_, i) => design.reduce((s, d, r) => s + d[i] * y[r], 0));
  const beta = solve(xtx, xty);
  const residual = design.reduce((s, d, r) => s + (y[r] - d.reduce((t, v, i) => t + v * beta[i], 0)) ** 2, 0);
  return 1 - residual / total;
}

/** Each driver's R² increment averaged over all p! orders of entry. */
export function importancesByOrders(rows: number[][], p: number): number[] {
  const orders: number[][] = [];
  const permute = (prefix: number[], rest: number[]) => (rest.length ? rest.forEach((x, i) => permute([...prefix, x], [...rest.slice(0, i), ...rest.slice(i + 1)])) : orders.push(prefix));
  permute([], Array.from({length: p}, (_, j) => j));
  const importance = new Array(p).fill(0);
  for (const order of orders) {
    order.forEach((j, at) => {
      const before = order.slice(0, at);
      importance[j] += (fittedR2(rows, [...before, j]) - fittedR2(rows, before)) / orders.length;
    });
  }
  return importance;
}
