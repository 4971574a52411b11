// The meeting side panel in the simulated Teams host (issue #7): frame context sidePanel, 320 px wide, with a
// meeting context that maps to a sandbox series. The organizer runs the agenda (start, next); an attendee’s panel
// follows without a click; an action item is captured from the panel; axe finds nothing serious.
import type { FrameLocator } from 'playwright-core';
import { seriousAxeViolations } from './helpers/meetings';
import { linkedWeeklyMeeting, ORGANIZER, type MeetingContext } from './helpers/inMeeting';
import { openStep } from './helpers/steps';
import { startE2eEnv } from './helpers/startE2eEnv';
import type { E2eEnv } from './helpers/startE2eEnv';
import { openInHost, type HostedTab } from './host/openInHost';
import { encodeOpenedMeeting } from '../../src/app/hooks/meetingDeepLink';
import { createMeetingSource } from '../../src/graph/calendar/createMeetingSource';
import { clientFor } from '../integration/drive/sandboxDrive';

jest.setTimeout(150_000);

let env: E2eEnv;
let meeting: MeetingContext;
const opened: HostedTab[] = [];
const ATTENDEE = 'dana.okafor@northwind.example';
// The Teams side panel is 320 px wide and the app's iframe inside it 280 px, with 20 px padding each side
// (msteams-docs, designing-apps-in-meetings): the host page is the panel, the tab frame the iframe.
const PANEL = { width: 320, height: 900 };
const PANEL_FRAME_WIDTH = 280;

beforeAll(async () => {
  env = await startE2eEnv();
  meeting = await linkedWeeklyMeeting(env.sandbox, ['Hiring plan for Q3', 'Offsite venue']);
});
afterAll(async () => {
  for (const h of opened) await h.close();
  await env?.close();
});

async function panelFor(user: string): Promise<{ hosted: HostedTab; tab: FrameLocator }> {
  const hosted = await openInHost(env, {
    host: 'Teams',
    user,
    frameContext: 'sidePanel',
    meetingContext: { chatId: meeting.chatId, meetingId: meeting.meetingId },
    viewport: PANEL,
    frameWidth: PANEL_FRAME_WIDTH,
  });
  opened.push(hosted);
  await hosted.tab.getByRole('group', { name: 'Now' }).waitFor();
  return { hosted, tab: hosted.tab };
}

/** Polls until `check` holds (jest has no expect.poll); fails with `what` after the timeout. */
async function until(what: string, check: () => Promise<boolean>, timeoutMs = 15_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

const nowTitle = (tab: FrameLocator) =>
  tab.getByRole('group', { name: 'Now' }).getByRole('heading').innerText();

test('the organizer runs the agenda; an attendee’s panel follows without a click; an action is captured', async () => {
  const organizer = await panelFor(ORGANIZER);
  const attendee = await panelFor(ATTENDEE);
  const first = await nowTitle(organizer.tab);
  expect(await nowTitle(attendee.tab)).toBe(first);
  await organizer.tab.getByText('Not started').first().waitFor();

  // Roles are shown, and the panel fits the 280 px iframe with no horizontal scrolling.
  await organizer.tab.getByRole('group', { name: 'Roles' }).getByText('Facilitator:').waitFor();
  const frame = await organizer.hosted.tabFrame();
  const widths = await frame.evaluate(() => ({
    inner: window.innerWidth,
    scroll: (document.scrollingElement ?? document.documentElement).scrollWidth,
  }));
  expect(widths.inner).toBe(PANEL_FRAME_WIDTH);
  expect(widths.scroll).toBeLessThanOrEqual(PANEL_FRAME_WIDTH);

  // This host doesn't let the app share to the stage: no button.
  expect(await organizer.tab.getByRole('button', { name: 'Share to stage' }).count()).toBe(0);

  // The organizer starts and advances: item 2.
  await organizer.tab.getByRole('button', { name: 'Start' }).click();
  await organizer.tab.getByRole('button', { name: 'Pause' }).waitFor();
  await organizer.tab.getByRole('button', { name: 'Next item' }).click();
  await organizer.tab.getByText('item 2 of', { exact: false }).waitFor();
  const second = await nowTitle(organizer.tab);
  expect(second).not.toBe(first);
  // A running countdown: mm:ss of the time box.
  expect(await organizer.tab.getByRole('timer').innerText()).toMatch(/^\+?\d{2}:\d{2}$/);

  // The attendee's panel follows on its own (live.test.ts measures how fast).
  await attendee.tab.getByRole('group', { name: 'Now' }).getByRole('heading', { name: second }).waitFor();
  // Only the timekeeper, the facilitator or the organizer has the controls.
  const attendeeControls = await attendee.tab.getByRole('button', { name: 'Next item' }).count();
  const holders = await attendee.tab.getByRole('group', { name: 'Roles' }).innerText();
  if (!/(Facilitator|Timekeeper): you/.test(holders)) expect(attendeeControls).toBe(0);

  // One-tap capture from the side panel.
  const form = attendee.tab.getByRole('form', { name: 'Capture an action item' });
  await form.getByRole('textbox', { name: 'Action' }).fill('Send the venue shortlist');
  await form.getByRole('button', { name: 'Capture' }).click();
  await form.getByRole('status').getByText('Captured “Send the venue shortlist”').waitFor();
  expect(await form.getByRole('textbox', { name: 'Action' }).inputValue()).toBe('');
  // ...and recorded to Planner from the panel too, without going to the meeting tab.
  await form.getByRole('button', { name: /^Record \d+ to Planner$/ }).click();
  await form
    .getByRole('status')
    .getByText(/^Recorded \d+ in Planner\./)
    .waitFor({ timeout: 20_000 });
  await form.getByRole('button', { name: /^Record \d+ to Planner$/ }).waitFor({ state: 'detached' });

  // axe at 320 px, in both panels.
  expect(await seriousAxeViolations(organizer.hosted.page)).toEqual([]);
  expect(await seriousAxeViolations(attendee.hosted.page)).toEqual([]);
});

test('app caching: a suspended panel resumes on the current item and tells Teams it is ready', async () => {
  const organizer = await panelFor(ORGANIZER);
  const attendee = await panelFor(ATTENDEE);
  const log = () => attendee.hosted.hostLog();
  // The panel registered for suspension and resumption (app.lifecycle).
  const registered = (await log())
    .filter((e) => e.func === 'registerHandler')
    .map((e) => JSON.stringify(e.args));
  expect(registered.some((a) => a.includes('load'))).toBe(true);
  expect(registered.some((a) => a.includes('beforeUnload'))).toBe(true);

  await attendee.hosted.suspend();
  await until('readyToUnload', async () =>
    (await log()).some((e) => e.direction === 'fromTab' && e.func === 'readyToUnload'),
  );
  const before = await nowTitle(attendee.tab);
  const successes = (await log()).filter((e) => e.func === 'appInitialization.success').length;

  // Meanwhile the organizer moves on.
  await organizer.tab
    .getByRole('button', { name: /^(Start|Resume|Pause)$/ })
    .first()
    .waitFor();
  await organizer.tab.getByRole('button', { name: 'Next item' }).click();
  await until('the organizer’s next item', async () => (await nowTitle(organizer.tab)) !== before);
  const moved = await nowTitle(organizer.tab);

  await attendee.hosted.resume();
  await attendee.tab.getByRole('group', { name: 'Now' }).getByRole('heading', { name: moved }).waitFor();
  await until(
    'notifySuccess after resume',
    async () => (await log()).filter((e) => e.func === 'appInitialization.success').length > successes,
  );
});

test('the meeting details tab opens the meeting it runs in, for the organizer and for an attendee', async () => {
  for (const user of [ORGANIZER, ATTENDEE]) {
    const hosted = await openInHost(env, {
      host: 'Teams',
      user,
      frameContext: 'content',
      meetingContext: { chatId: meeting.chatId, meetingId: meeting.meetingId },
    });
    opened.push(hosted);
    await hosted.tab.getByRole('heading', { level: 1, name: meeting.subject }).waitFor();
    await openStep(hosted.tab, 'Actions');
    await hosted.tab.getByRole('region', { name: 'Action items' }).waitFor();
    expect(await hosted.tab.getByRole('button', { name: 'Back to My meetings' }).count()).toBe(0);
    await hosted.close();
  }
});

test('where the meeting allows it, the running agenda is shared to the stage', async () => {
  const hosted = await openInHost(env, {
    host: 'Teams',
    user: ORGANIZER,
    frameContext: 'sidePanel',
    meetingContext: { chatId: meeting.chatId, meetingId: meeting.meetingId },
    viewport: PANEL,
    frameWidth: PANEL_FRAME_WIDTH,
    stageSharing: true,
  });
  opened.push(hosted);
  await hosted.tab.getByRole('button', { name: 'Share to stage' }).click();
  await until('shareAppContentToStage', async () =>
    (await hosted.hostLog()).some((e) => e.func === 'meeting.shareAppContentToStage'),
  );
  const shared = (await hosted.hostLog()).find((e) => e.func === 'meeting.shareAppContentToStage');
  expect(String(shared?.args?.[0])).toMatch(/^https:\/\/tab\.e2e\.test\/tab\.html/);

  // The stage itself (frame context meetingStage) shows the running agenda, large and read-only for attendees.
  const stage = await openInHost(env, {
    host: 'Teams',
    user: ATTENDEE,
    frameContext: 'meetingStage',
    meetingContext: { chatId: meeting.chatId, meetingId: meeting.meetingId },
  });
  opened.push(stage);
  await stage.tab.getByRole('group', { name: 'Now' }).getByRole('heading').waitFor();
  expect(await stage.tab.getByRole('form', { name: 'Capture an action item' }).count()).toBe(0);
});

test('adding the app to a meeting: the configuration page saves the tab that every participant opens', async () => {
  const hosted = await openInHost(env, {
    host: 'Teams',
    user: ORGANIZER,
    frameContext: 'settings',
    meetingContext: { chatId: meeting.chatId, meetingId: meeting.meetingId },
    tabPath: '/config.html',
  });
  opened.push(hosted);
  await hosted.tab.getByText('Select Save to add the tab', { exact: false }).waitFor();
  const log = () => hosted.hostLog();
  await until('the page to say it is valid', async () =>
    (await log()).some((e) => e.func === 'settings.setValidityState' && JSON.stringify(e.args) === '[true]'),
  );
  await hosted.save();
  await until('settings.save.success', async () =>
    (await log()).some((e) => e.func === 'settings.save.success'),
  );
  const saved = (await log()).find((e) => e.func === 'settings.setSettings');
  const config = (saved?.args?.[0] ?? {}) as { entityId?: string; contentUrl?: string };
  expect(config.entityId).toBe('roundtable-meeting');
  expect(config.contentUrl).toMatch(/^https:\/\/tab\.e2e\.test\/tab\.html$/);
});

test('a deep link from the published invitation opens that meeting in the personal tab', async () => {
  const list = await createMeetingSource(clientFor(env.sandbox, ATTENDEE)).listMeetings(
    { start: new Date(), end: new Date(Date.now() + 14 * 86_400_000) },
    'UTC',
  );
  const weekly = list.ok ? list.value.filter((m) => m.subject === meeting.subject) : [];
  const second = weekly[1];
  if (!second) throw new Error('no second Leadership weekly');
  const hosted = await openInHost(env, {
    host: 'Teams',
    user: ATTENDEE,
    subEntityId: encodeOpenedMeeting(second),
  });
  opened.push(hosted);
  await hosted.tab.getByRole('heading', { level: 1, name: meeting.subject }).waitFor();
  await hosted.tab.getByRole('button', { name: 'Back to My meetings' }).waitFor();
});

test('a chat that is not in the user’s calendar gets an explanation, not a blank panel', async () => {
  const hosted = await openInHost(env, {
    host: 'Teams',
    user: ATTENDEE,
    frameContext: 'sidePanel',
    meetingContext: { chatId: '19:meeting_unknown@thread.v2', meetingId: 'x' },
    viewport: PANEL,
    frameWidth: PANEL_FRAME_WIDTH,
  });
  opened.push(hosted);
  // Graph answers 404 for a chat the user can't read, which is also what an invitee who left the chat gets.
  await hosted.tab.getByText('Roundtable can’t tell which meeting this is').waitFor();
  await hosted.tab.getByText(/Ask someone in the meeting to add you to the meeting chat/).waitFor();
  await hosted.tab.getByRole('button', { name: 'Try again' }).waitFor();
});
