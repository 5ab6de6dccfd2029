import { parseDemoScenario, type DemoScenario } from './demoScenario';

/** Lists and reads YAML files (the same shape as the engine's PackReader). */
export interface DemoReader {
  listYaml(dir: string): string[];
  read(path: string): string;
}

/** Every scenario under `dir`, sorted by id; a broken file is reported in `errors` and skipped. */
export function loadDemoGallery(reader: DemoReader, dir: string): { scenarios: DemoScenario[]; errors: string[] } {
  const scenarios: DemoScenario[] = [];
  const errors: string[] = [];
  for (const file of reader.listYaml(dir)) {
    try {
      scenarios.push(parseDemoScenario(reader.read(file), file));
    } catch (err) {
      errors.push(err instanceof Error ? err.message : String(err));
    }
  }
  scenarios.sort((a, b) => a.id.localeCompare(b.id));
  return { scenarios, errors };
}
