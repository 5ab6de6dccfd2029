// Pure (no vscode): what the score view shows for the active document.
import type { DocumentAnalysis, Lang } from '../../engine/types';
import { draftAt } from '../draftSummary';
import { draftViewModel, type DraftViewModel } from './draftViewModel';
import { viewStrings, type ViewStrings } from './viewStrings';

export interface ScoreViewModel {
  strings: ViewStrings;
  doc?: {
    name: string;
    uri: string;
    version: number;
    draftCount: number;
    draft: DraftViewModel;
  };
}

export interface ScoreViewInput {
  name: string;
  uri: string;
  version: number;
  analysis: DocumentAnalysis;
  /** Cursor offset: picks the draft of a multi-draft file. */
  offset: number;
}

export function scoreViewModel(input: ScoreViewInput | undefined, uiLang: Lang): ScoreViewModel {
  const strings = viewStrings(uiLang);
  const draft = input && draftAt(input.analysis.drafts, input.offset);
  if (!input || !draft) return { strings };
  return {
    strings,
    doc: {
      name: input.name,
      uri: input.uri,
      version: input.version,
      draftCount: input.analysis.drafts.length,
      draft: draftViewModel(draft, uiLang),
    },
  };
}
