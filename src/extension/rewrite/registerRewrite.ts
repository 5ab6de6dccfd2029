import * as vscode from 'vscode';
import { PROVIDER_PRESETS } from '../../rewrite/providerPresets';
import { ApiKeyStore } from './apiKeyStore';
import { RewriteController, RewriteDeps, RewriteOutcome } from './rewriteController';
import { RewriteDocuments } from './rewriteDocuments';
import { samplesFolderFor } from './rewriteSettings';
import { addVoiceSample } from './voiceSamples';

const t = vscode.l10n.t;

/** What the rest of the extension (and its tests) may ask of the rewrite. Never the key itself. */
export interface RewriteApi {
  /** sha256 prefix of the stored key, to check which key is stored without revealing it. */
  apiKeyFingerprint(): Promise<string | undefined>;
  /** The pending proposal for a draft (or a proposal URI), if any. */
  pending(uri: vscode.Uri): { proposalUri: vscode.Uri; reportUri: vscode.Uri; rewrite: string } | undefined;
}

export interface RewriteRegistration extends vscode.Disposable {
  api: RewriteApi;
}

/**
 * The optional LLM rewrite: commands (set/clear key, choose endpoint, rewrite draft/selection,
 * accept/reject, use as voice sample, show what was sent) and a quick fix on Unscripted diagnostics.
 * Nothing is sent unless the rep runs the rewrite command. `openai` loads on the first rewrite only.
 */
export function registerRewrite(context: vscode.ExtensionContext, deps: RewriteDeps): RewriteRegistration {
  const keys = new ApiKeyStore(context.secrets);
  const docs = new RewriteDocuments();
  const controller = new RewriteController(docs, keys, deps);

  const commands: Record<string, (...args: any[]) => unknown> = {
    'unscripted.rewrite.setApiKey': async (given?: string) => {
      const key = typeof given === 'string' ? given : await vscode.window.showInputBox({
        title: t('Unscripted: rewrite API key'),
        prompt: t('Stored in VS Code secret storage only. For a local server (Ollama, LM Studio, llama.cpp) any non-empty text works.'),
        password: true,
        ignoreFocusOut: true,
        validateInput: (v) => (v.trim() ? undefined : t('The key cannot be empty.')),
      });
      if (!key?.trim()) return false;
      await keys.set(key);
      void vscode.window.showInformationMessage(t('API key saved in secret storage.'));
      return true;
    },
    'unscripted.rewrite.clearApiKey': async () => {
      await keys.clear();
      void vscode.window.showInformationMessage(t('API key removed.'));
      return true;
    },
    'unscripted.rewrite.choosePreset': async () => {
      const pick = await vscode.window.showQuickPick(
        PROVIDER_PRESETS.map((p) => ({ label: p.label, description: p.baseURL, detail: p.notes, id: p.id })),
        { title: t('Where should rewrites be sent?') },
      );
      if (!pick) return undefined;
      const c = vscode.workspace.getConfiguration('unscripted.rewrite');
      await c.update('preset', pick.id, vscode.ConfigurationTarget.Global);
      if (pick.description && !pick.description.includes('{')) await c.update('baseURL', '', vscode.ConfigurationTarget.Global);
      void vscode.commands.executeCommand('workbench.action.openSettings', 'unscripted.rewrite');
      return pick.id;
    },
    'unscripted.rewrite.rewriteDraft': (uri?: vscode.Uri): Promise<RewriteOutcome | undefined> =>
      withEditor(uri).then((e) => controller.rewrite(e, false)),
    'unscripted.rewrite.rewriteSelection': (): Promise<RewriteOutcome | undefined> => controller.rewrite(vscode.window.activeTextEditor, true),
    'unscripted.rewrite.accept': (uri?: vscode.Uri) => controller.accept(uri instanceof vscode.Uri ? uri : undefined),
    'unscripted.rewrite.reject': (uri?: vscode.Uri) => controller.reject(uri instanceof vscode.Uri ? uri : undefined),
    'unscripted.rewrite.showSent': () => controller.showSent(),
    'unscripted.rewrite.useAsVoiceSample': async () => {
      const editor = vscode.window.activeTextEditor;
      const folder = editor && samplesFolderFor(editor.document.uri);
      if (!editor || !folder) {
        void vscode.window.showWarningMessage(t('Open a draft inside a workspace folder to save it as a voice sample.'));
        return undefined;
      }
      const text = editor.selection.isEmpty ? editor.document.getText() : editor.document.getText(editor.selection);
      const saved = await addVoiceSample(folder, text);
      void vscode.window.showInformationMessage(t('Saved as a voice sample: {0}', vscode.workspace.asRelativePath(saved)));
      return saved;
    },
  };

  const quickFix = vscode.languages.registerCodeActionsProvider([{ scheme: 'file' }, { scheme: 'untitled' }], {
    provideCodeActions(doc, _range, ctx) {
      if (!ctx.diagnostics.some((d) => d.source === 'Unscripted')) return [];
      const action = new vscode.CodeAction(t('Rewrite this draft with the model (keeps your voice and facts)…'), vscode.CodeActionKind.QuickFix);
      action.command = { command: 'unscripted.rewrite.rewriteDraft', title: action.title, arguments: [doc.uri] };
      return [action];
    },
  }, { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] });

  const disposable = vscode.Disposable.from(
    docs,
    controller,
    quickFix,
    ...Object.entries(commands).map(([id, fn]) => vscode.commands.registerCommand(id, fn)),
  );
  return {
    dispose: () => disposable.dispose(),
    api: {
      apiKeyFingerprint: () => keys.fingerprint(),
      pending: (uri) => {
        const p = controller.pendingFor(uri);
        return p && { proposalUri: p.proposalUri, reportUri: p.reportUri, rewrite: p.result.rewrite };
      },
    },
  };
}

/** The editor of `uri` (shown if needed), else the active one. */
async function withEditor(uri?: vscode.Uri): Promise<vscode.TextEditor | undefined> {
  if (!(uri instanceof vscode.Uri)) return vscode.window.activeTextEditor;
  const open = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri.toString());
  return open ?? vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
}
