import { prepareLanguage, unpreparedLanguages } from '../engine/prepareLanguage';
import type { RuleSet } from '../engine/ruleSet';

/** Idle time after a check before the next language's index is built (a check due meanwhile runs first). */
export const WARM_DELAY_MS = 1500;

/**
 * After a check, builds the match index of the rule set's other languages in idle time, one language
 * per timer tick, so the first check of a French draft after an English one (or the other way round)
 * does not pay for it. Only the latest rule set is warmed; nothing is built twice.
 */
export class LanguageIndexWarmer {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private target: WeakRef<RuleSet> | undefined;

  constructor(private readonly delayMs = WARM_DELAY_MS) {}

  /** Call after an analysis with `ruleSet`: schedules its unbuilt languages. */
  afterCheck(ruleSet: RuleSet): void {
    if (unpreparedLanguages(ruleSet).length === 0) return;
    this.target = new WeakRef(ruleSet);
    this.schedule();
  }

  private schedule(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      const ruleSet = this.target?.deref();
      const lang = ruleSet ? unpreparedLanguages(ruleSet)[0] : undefined;
      if (!ruleSet || !lang) return;
      prepareLanguage(ruleSet, lang);
      if (unpreparedLanguages(ruleSet).length) this.schedule();
    }, this.delayMs);
    this.timer.unref?.();
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    this.target = undefined;
  }
}
