import * as vscode from 'vscode';
import type { UnscriptedSettings } from './settings';

/**
 * Schemes of documents a rep writes: files (local, remote, virtual) and untitled documents, plus
 * `unscripted-saved` (a file's saved version, opened read-only to compare it with the current draft).
 */
export const CHECKED_SCHEMES = ['file', 'untitled', 'vscode-remote', 'vscode-vfs', 'vscode-userdata', 'unscripted-saved'];

/** Selector for providers (CodeLens, hovers, quick fixes): any language; the store decides what is checked. */
export const ALL_DRAFTS_SELECTOR: vscode.DocumentSelector = CHECKED_SCHEMES.map((scheme) => ({ scheme }));

function matchesAny(doc: vscode.TextDocument, globs: readonly string[]): boolean {
  return globs.some((pattern) => vscode.languages.match({ pattern }, doc) > 0);
}

/** Whether Unscripted checks this document: a checked scheme, a listed language or an included glob, not excluded. */
export function shouldCheck(doc: vscode.TextDocument, settings: UnscriptedSettings): boolean {
  if (!CHECKED_SCHEMES.includes(doc.uri.scheme)) return false;
  if (doc.uri.scheme !== 'untitled' && matchesAny(doc, settings.exclude)) return false;
  return settings.languages.includes(doc.languageId) || matchesAny(doc, settings.include);
}
