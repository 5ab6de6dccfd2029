import * as vscode from 'vscode';
import { locateStep, playDemoScenario, type DemoScenario } from '../../demo/demoScenario';
import { uiLanguage } from '../uiLanguage';
import type { AnalysisSource } from './analysisSource';
import { demoViewModel, type DemoViewModel } from './demoViewModel';
import { ModelPanel } from './modelPanel';
import { dispatchMessage, type ReadyMessage } from './viewMessages';

export type DemoMessage = ReadyMessage | { type: 'next' } | { type: 'previous' } | { type: 'restart' } | { type: 'presentation' };

/**
 * Trainer demo: the bad draft in an editor, this panel beside it. Each "next" applies one fix as a
 * real edit; the store re-analyses the draft and the panel shows the score moving.
 */
export class DemoPanel extends ModelPanel<DemoViewModel, DemoMessage> {
  static readonly viewType = 'unscripted.demo';

  private readonly texts: string[];
  private stepIndex = 0;
  private presentation = false;
  /** Score after each step (index = step), from the store. */
  readonly scores: (number | undefined)[] = [];
  private readonly scored = new vscode.EventEmitter<number>();

  constructor(
    extensionUri: vscode.Uri,
    private readonly source: AnalysisSource,
    readonly scenario: DemoScenario,
    readonly document: vscode.TextDocument,
  ) {
    super(DemoPanel.viewType, `Demo \u00b7 ${scenario.title[uiLanguage()]}`, { viewColumn: vscode.ViewColumn.Beside, preserveFocus: false },
      extensionUri, { scripts: ['demoPanel/main.js'], styles: ['demoPanel/demo.css'] });
    this.disposables.push(this.scored);
    this.texts = playDemoScenario(scenario);
    source.onDidChange((snap) => {
      if (snap.uri.toString() !== document.uri.toString() || snap.version !== document.version) return;
      const score = snap.analysis.drafts[0]?.score.value;
      if (score !== undefined) {
        this.scores[this.stepIndex] = score;
        this.scored.fire(score);
      }
      this.refresh();
    }, undefined, this.disposables);
    source.request(document, { force: true });
    this.refresh();
  }

  get step(): number {
    return this.stepIndex;
  }

  /** The score of the current step once the store has analysed the document as it is now. */
  whenScored(): Promise<number> {
    const snap = this.source.get(this.document.uri);
    if (snap && snap.version === this.document.version && snap.analysis.drafts[0]) return Promise.resolve(snap.analysis.drafts[0].score.value);
    return new Promise((resolve) => {
      const sub = this.scored.event((score) => {
        sub.dispose();
        resolve(score);
      });
    });
  }

  handleMessage(message: DemoMessage): Promise<boolean> {
    return dispatchMessage<DemoMessage>(message, {
      ready: this.sharedHandlers().ready,
      next: () => this.next(),
      previous: () => this.goTo(this.stepIndex - 1),
      restart: () => this.goTo(0),
      presentation: () => this.togglePresentation(),
    });
  }

  /** Large type, and the panel's editor group takes the whole window (the draft keeps its edits behind it). */
  private async togglePresentation(): Promise<void> {
    this.presentation = !this.presentation;
    this.panel.reveal(undefined, false);
    await vscode.commands.executeCommand('workbench.action.toggleMaximizeEditorGroup').then(undefined, () => undefined);
    this.refresh();
  }

  /** Applies the next fix as one edit on the draft (selected in the editor so the room sees it). */
  async next(): Promise<boolean> {
    if (this.stepIndex >= this.scenario.steps.length) return false;
    const step = this.scenario.steps[this.stepIndex];
    const at = locateStep(this.document.getText(), step);
    const range = new vscode.Range(this.document.positionAt(at.start), this.document.positionAt(at.end));
    const edit = new vscode.WorkspaceEdit();
    edit.replace(this.document.uri, range, at.replacement);
    if (!(await vscode.workspace.applyEdit(edit))) return false;
    this.stepIndex++;
    this.selectInEditor(at.start, at.start + at.replacement.length);
    this.refresh();
    return true;
  }

  /** Jumps to a step by replacing the whole text (previous / restart). */
  async goTo(step: number): Promise<boolean> {
    if (step < 0 || step > this.scenario.steps.length || step === this.stepIndex) return false;
    const all = new vscode.Range(this.document.positionAt(0), this.document.positionAt(this.document.getText().length));
    const edit = new vscode.WorkspaceEdit();
    edit.replace(this.document.uri, all, this.texts[step]);
    if (!(await vscode.workspace.applyEdit(edit))) return false;
    this.stepIndex = step;
    this.refresh();
    return true;
  }

  private selectInEditor(start: number, end: number): void {
    const editor = vscode.window.visibleTextEditors.find((e) => e.document === this.document);
    if (!editor) return;
    const range = new vscode.Range(this.document.positionAt(start), this.document.positionAt(end));
    editor.selection = new vscode.Selection(range.start, range.end);
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  private refresh(): void {
    const snap = this.source.get(this.document.uri);
    if (snap && snap.version === this.document.version && snap.analysis.drafts[0]) this.scores[this.stepIndex] = snap.analysis.drafts[0].score.value;
    // While the store re-analyses after an edit, keep showing the last analysis rather than nothing.
    const current = snap?.analysis.drafts[0];
    this.setModel(demoViewModel(this.scenario, this.stepIndex, this.scores.slice(0, this.stepIndex + 1), current, this.presentation, uiLanguage()));
  }
}
