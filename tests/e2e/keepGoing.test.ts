// Lean Coffee's "keep going?" (issue #15) in two side panels: when the running item's time box has run out, an
// attendee votes from their panel, the timekeeper's panel shows the tally within seconds without a click, and the
// timekeeper decides: "Keep going" extends the time box, and the vote leaves both panels.
import type { FrameLocator } from 'playwright-core';
import { linkedWeeklyMeeting, ORGANIZER, type MeetingContext } from './helpers/inMeeting';
import { depsFor, seriesAs } from './helpers/seriesAs';
import { startE2eEnv, type E2eEnv } from './helpers/startE2eEnv';
import type { HostedTab } from './host/openInHost';
import { changeSeries } from '../../src/usecases/series/changeSeries';
import { openSidePanel } from './helpers/sidePanel';

jest.setTimeout(150_000);

let env: E2eEnv;
let meeting: MeetingContext;
const opened: HostedTab[] = [];
const ATTENDEE = 'dana.okafor@northwind.example';

beforeAll(async () => {
  env = await startE2eEnv();
  meeting = await linkedWeeklyMeeting(env.sandbox, ['Hiring plan for Q3', 'Offsite venue']);
});
afterAll(async () => {
  for (const h of opened) await h.close();
  await env?.close();
});

async function panelFor(user: string): Promise<FrameLocator> {
  const hosted = await openSidePanel(env, meeting, user);
  opened.push(hosted);
  return hosted.tab;
}

test('time is up: an attendee votes, the timekeeper sees the tally live and keeps going', async () => {
  // The organizer started the run 40 minutes ago, so the first item's time box has run out.
  const org = await seriesAs(env.sandbox, ORGANIZER, 0);
  const started = await changeSeries(
    depsFor(env.sandbox, ORGANIZER).agenda.store,
    org.ctx.stored,
    org.actor,
    { kind: 'runAgenda', occurrence: org.ctx.occurrence, command: 'start', meetingMinutes: 60 },
    () => Date.now() - 40 * 60_000,
  );
  if (!started.ok) throw new Error(JSON.stringify(started.failure));

  const keeper = await panelFor(ORGANIZER);
  const attendee = await panelFor(ATTENDEE);
  const keeperVote = keeper.getByRole('group', { name: 'Keep going?' });
  const attendeeVote = attendee.getByRole('group', { name: 'Keep going?' });
  await keeperVote.getByText('No votes yet.').waitFor();
  await attendeeVote.getByText('No votes yet.').waitFor();
  // Only the timekeeper (here the organizer) decides.
  expect(await attendeeVote.getByRole('button', { name: /^Keep going \d+ min$/ }).count()).toBe(0);

  await attendeeVote.getByRole('button', { name: 'Keep going (0)' }).click();
  await attendeeVote.getByRole('button', { name: 'Keep going (1)', pressed: true }).waitFor();
  // The timekeeper's panel follows without a click (the live reads), within 5 s of the acknowledgement.
  await keeperVote.getByText('1 to keep going, 0 to move on.').waitFor({ timeout: 5_000 });

  await keeperVote.getByRole('button', { name: /^Keep going \d+ min$/ }).click();
  await keeperVote.waitFor({ state: 'detached' });
  await attendeeVote.waitFor({ state: 'detached', timeout: 5_000 });
  // Five minutes from the press, though the item had run half an hour over: the countdown shows time left ("04:59"),
  // not time over ("+30:00").
  expect(await attendee.getByRole('timer').innerText()).toMatch(/^0[45]:\d\d$/);
});
