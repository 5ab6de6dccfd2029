/** Leave-one-out author identification over persona folders (test/fixtures/personas/<name>/*.txt). */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { buildVoiceProfile } from '../../src/rewrite/voice/voiceProfile';
import { voiceDistance } from '../../src/rewrite/voice/voiceDistance';

export function readPersonas(dir: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (!statSync(p).isDirectory()) continue;
    out[name] = readdirSync(p).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(p, f), 'utf8'));
  }
  return out;
}

export interface Identification {
  persona: string;
  index: number;
  guessed: string;
  distances: Record<string, number>;
}

export function leaveOneOut(personas: Record<string, string[]>): { accuracy: number; results: Identification[] } {
  const names = Object.keys(personas);
  const full = Object.fromEntries(names.map((n) => [n, buildVoiceProfile(personas[n]!)]));
  const results: Identification[] = [];
  for (const persona of names) {
    personas[persona]!.forEach((text, index) => {
      const distances: Record<string, number> = {};
      for (const other of names) {
        const profile = other === persona ? buildVoiceProfile(personas[persona]!.filter((_, i) => i !== index)) : full[other]!;
        distances[other] = voiceDistance(profile, text);
      }
      const guessed = names.reduce((best, n) => (distances[n]! < distances[best]! ? n : best), names[0]!);
      results.push({ persona, index, guessed, distances });
    });
  }
  return { accuracy: results.filter((r) => r.guessed === r.persona).length / results.length, results };
}
