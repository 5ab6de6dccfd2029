// Pure (no vscode): what the trainer demo panel shows at one step.
import type { DraftAnalysis, Lang } from '../../engine/types';
import type { DemoScenario } from '../../demo/demoScenario';
import { draftViewModel, type DraftViewModel } from './draftViewModel';
import { viewStrings, type ViewStrings } from './viewStrings';

export interface DemoViewModel {
  strings: ViewStrings;
  id: string;
  title: string;
  notes: string;
  /** 0 = the bad draft, steps.length = the good one. */
  step: number;
  stepCount: number;
  /** What this step fixed (empty at step 0). */
  note: string;
  /** Score after each step reached so far (index = step); undefined where not scored yet. */
  scores: (number | undefined)[];
  presentation: boolean;
  draft?: DraftViewModel;
}

export function demoViewModel(
  scenario: DemoScenario,
  step: number,
  scores: readonly (number | undefined)[],
  analysis: DraftAnalysis | undefined,
  presentation: boolean,
  uiLang: Lang,
): DemoViewModel {
  const strings = viewStrings(uiLang);
  return {
    strings,
    id: scenario.id,
    title: scenario.title[uiLang],
    notes: scenario.notes[uiLang],
    step,
    stepCount: scenario.steps.length,
    note: step === 0 ? strings.start : scenario.steps[step - 1].note[uiLang],
    scores: [...scores],
    presentation,
    draft: analysis && draftViewModel(analysis, uiLang, true),
  };
}
