/** OpenAI-compatible endpoints a rep is likely to use. Local servers accept any non-empty key. */
export type PresetId = 'openai' | 'azure' | 'ollama' | 'lmstudio' | 'llamacpp' | 'custom';

export interface ProviderPreset {
  id: PresetId;
  label: string;
  /** Base URL ending in `/v1` (the SDK appends `/chat/completions`). `{resource}` must be filled in. */
  baseURL: string;
  /** True when the text never leaves the machine. */
  local: boolean;
  /** Extra headers some servers want (Azure reads `api-key`). The value `$KEY` is replaced by the key. */
  keyHeader?: string;
  exampleModel: string;
  notes: string;
}

export const PROVIDER_PRESETS: readonly ProviderPreset[] = [
  {
    id: 'openai', label: 'OpenAI', baseURL: 'https://api.openai.com/v1', local: false,
    exampleModel: 'gpt-4o-mini', notes: 'Key from platform.openai.com → API keys. The draft is sent to OpenAI.',
  },
  {
    id: 'azure', label: 'Azure OpenAI', baseURL: 'https://{resource}.openai.azure.com/openai/v1', local: false,
    keyHeader: 'api-key', exampleModel: 'your-deployment-name',
    notes: 'Replace {resource} with your Azure OpenAI resource name; the model is your deployment name; key from the resource\'s "Keys and Endpoint" page.',
  },
  {
    id: 'ollama', label: 'Ollama (local)', baseURL: 'http://127.0.0.1:11434/v1', local: true,
    exampleModel: 'llama3.1', notes: 'Run `ollama serve` and `ollama pull <model>`. Any non-empty key works (e.g. "ollama").',
  },
  {
    id: 'lmstudio', label: 'LM Studio (local)', baseURL: 'http://127.0.0.1:1234/v1', local: true,
    exampleModel: 'the model id shown in LM Studio', notes: 'Start the local server in LM Studio (Developer tab). Any non-empty key works.',
  },
  {
    id: 'llamacpp', label: 'llama.cpp server (local)', baseURL: 'http://127.0.0.1:8080/v1', local: true,
    exampleModel: 'any (the loaded model answers)', notes: 'Run `llama-server -m model.gguf --port 8080`. Any non-empty key works unless you started it with --api-key.',
  },
  {
    id: 'custom', label: 'Custom OpenAI-compatible endpoint', baseURL: '', local: false,
    exampleModel: '', notes: 'Set unscripted.rewrite.baseURL and unscripted.rewrite.model yourself.',
  },
];

export function findPreset(id: string | undefined): ProviderPreset | undefined {
  return PROVIDER_PRESETS.find((p) => p.id === id);
}

/** Base URL to use: an explicit setting wins, else the preset's (when it needs no editing). */
export function resolveBaseURL(explicit: string | undefined, presetId: string | undefined): string | undefined {
  const trimmed = explicit?.trim();
  if (trimmed) return trimmed;
  const preset = findPreset(presetId);
  return preset && preset.baseURL && !preset.baseURL.includes('{') ? preset.baseURL : undefined;
}
