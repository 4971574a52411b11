// A step's label as its tab reads, in the user's language. Apart from meetingStep.ts: the URL's route (in the first
// screen's JavaScript) needs the steps but not their words, which belong to the meeting page's lazy chunk.
import { meetingMessages } from '../i18n/en-US/meeting';
import type { MeetingStep } from './meetingStep';

export function stepLabel(step: MeetingStep): string {
  return meetingMessages.steps[step];
}
