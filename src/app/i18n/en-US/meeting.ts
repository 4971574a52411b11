// English messages for the meeting page's frame: its header and its steps.
import { defineMessages } from '../defineMessages';
import { plural } from '../format';

export const meetingMessages = defineMessages('meeting', {
  /** The steps a meeting is worked through in (navigation/meetingStep.ts), as their tabs read. */
  steps: {
    prepare: 'Prepare',
    agenda: 'Agenda',
    run: 'Run',
    actions: 'Actions',
    roles: 'Roles',
  },
  stepsLabel: 'Steps of this meeting',
  openingAgenda: 'Opening the agenda',
  /** The agenda was read before but the latest read failed; reason: the failure's title. */
  refreshFailed: (reason: string) => `Couldn't refresh the agenda (${reason}); showing what was loaded last.`,
  /** Something was asked of the agenda before it was read. */
  agendaLoading: 'The agenda is still loading; try again in a moment.',
  dismiss: 'Dismiss',
  running: 'Running the meeting',
  /** Recording action items in Planner, before the first one goes. */
  recordingStarting: 'Starting',
  /** Who asks for a role swap, when the app doesn't know the asker's name. */
  someone: 'Someone',

  /** The line under the meeting's title (deriveMeetingStatus); "closes" is a day and time as the user reads it. */
  status: {
    votingOpen: (closes: string, left: number, budget: number) =>
      `Voting open until ${closes} · you have ${left} of ${plural(budget, { one: '# dot', other: '# dots' })} left`,
    votingClosed: (topics: number) =>
      plural(topics, {
        one: 'Voting closed · # topic on the agenda',
        other: 'Voting closed · # topics on the agenda',
      }),
  },
});
