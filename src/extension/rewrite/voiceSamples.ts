import * as vscode from 'vscode';

const SAMPLE_FILE = /\.(txt|md|eml|outreach)$/i;

/** The rep's past messages in a folder (recursively), through workspace.fs (works in remote workspaces). */
export async function readVoiceSamplesFrom(folder: vscode.Uri): Promise<string[]> {
  const out: string[] = [];
  const walk = async (dir: vscode.Uri, depth: number): Promise<void> => {
    let entries: [string, vscode.FileType][];
    try {
      entries = await vscode.workspace.fs.readDirectory(dir);
    } catch {
      return; // no folder: no profile
    }
    for (const [name, type] of entries.sort((a, b) => a[0].localeCompare(b[0]))) {
      const child = vscode.Uri.joinPath(dir, name);
      if (type === vscode.FileType.Directory && depth < 3) await walk(child, depth + 1);
      else if (type === vscode.FileType.File && SAMPLE_FILE.test(name)) {
        out.push(new TextDecoder().decode(await vscode.workspace.fs.readFile(child)));
      }
    }
  };
  await walk(folder, 0);
  return out;
}

/** Saves text as a new sample file `sample-YYYYMMDD-HHMMSS.txt`; returns its URI. */
export async function addVoiceSample(folder: vscode.Uri, text: string): Promise<vscode.Uri> {
  await vscode.workspace.fs.createDirectory(folder);
  const stamp = new Date().toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
  let target = vscode.Uri.joinPath(folder, `sample-${stamp}.txt`);
  for (let i = 2; await exists(target); i++) target = vscode.Uri.joinPath(folder, `sample-${stamp}-${i}.txt`);
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(text.endsWith('\n') ? text : `${text}\n`));
  return target;
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}
