/**
 * Time budget for one untrusted pattern rule on one draft. Measured in CPU time of this process
 * (`process.cpuUsage`) where the host has it, so a busy machine (CI, other processes) cannot trip
 * it — only the rule's own work can; a plain clock with a larger limit elsewhere.
 * Built-in packs are statically vetted and tested: they get no budget (see runPatternRules).
 */

/** CPU milliseconds one team/user pattern rule may spend on one draft. */
export const PATTERN_BUDGET_CPU_MS = 50;
/** Wall-clock fallback when CPU time is not available (loaded machines inflate wall time). */
export const PATTERN_BUDGET_WALL_MS = 250;

type CpuUsage = () => { user: number; system: number };

const cpuUsage: CpuUsage | undefined =
  typeof process !== 'undefined' && typeof process.cpuUsage === 'function' ? () => process.cpuUsage() : undefined;

/** Milliseconds spent since the budget started (CPU where available). */
export interface RuleBudget {
  /** The limit in the unit `spent()` measures. */
  limitMs: number;
  unit: 'CPU' | 'wall-clock';
  spent(): number;
}

export function startRuleBudget(): RuleBudget {
  if (cpuUsage) {
    const t0 = cpuUsage();
    return {
      limitMs: PATTERN_BUDGET_CPU_MS,
      unit: 'CPU',
      spent: () => {
        const t = cpuUsage();
        return (t.user - t0.user + t.system - t0.system) / 1000;
      },
    };
  }
  const t0 = Date.now();
  return { limitMs: PATTERN_BUDGET_WALL_MS, unit: 'wall-clock', spent: () => Date.now() - t0 };
}
