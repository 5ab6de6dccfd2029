import type { Channel, Lang, SegmentKind } from '../types';
import type { DraftView } from '../draftView';

export interface DetectorHit {
  start: number;
  end: number;
  /** Values for `{name}` placeholders in the rule's texts. */
  values?: Record<string, string | number>;
}

export interface DetectorContext {
  view: DraftView;
  lang: Lang;
  channel: Channel;
  premium: boolean;
  /** The rule's segment filter, when it has one (detectors default to their own). */
  segments?: SegmentKind[];
}

export type DetectorParams = Record<string, unknown>;

export interface Detector {
  name: string;
  kind: 'metric' | 'channel' | 'signal';
  /** Every accepted param with its default (per-language lists as { en, fr }). */
  defaults: DetectorParams;
  run(ctx: DetectorContext, params: DetectorParams): DetectorHit[];
}
