import type { Detector } from './detectorTypes';
import { benefitClaim } from './benefitClaim';
import { channelLimit } from './channelLimit';
import { concreteDetail } from './concreteDetail';
import { firstSentencesAboutSender } from './firstSentencesAboutSender';
import { genericity } from './genericity';
import { genuineQuestion } from './genuineQuestion';
import { questionCount } from './questionCount';
import { readingEase } from './readingEaseDetector';
import { selfFocus } from './selfFocus';
import { sentenceLength } from './sentenceLength';
import { tuVousMix } from './tuVousMix';
import { wordCount } from './wordCount';

/** Every built-in detector by name (documented in README.md beside this file). */
export const DETECTORS: Record<string, Detector> = Object.fromEntries(
  [wordCount, sentenceLength, questionCount, selfFocus, firstSentencesAboutSender, readingEase, tuVousMix,
    channelLimit, concreteDetail, genuineQuestion, genericity, benefitClaim].map((d) => [d.name, d]),
);
