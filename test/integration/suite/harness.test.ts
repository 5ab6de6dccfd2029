import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

describe('harness', () => {
  it('runs inside a real VS Code with the extension under development loaded', () => {
    assert.match(vscode.version, /^\d+\.\d+\.\d+/);
    const ext = vscode.extensions.getExtension('unscripted.unscripted');
    assert.ok(ext, 'the extension under development is registered');
    assert.equal(ext.packageJSON.name, 'unscripted');
  });
});
