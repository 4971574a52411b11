// POST /users/{id}/teamwork/sendActivityNotification as the sandbox emulates it (GD userteamwork-
// sendactivitynotification.md, teams-send-activityfeednotifications.md, throttling-limits.md; assumptions in the
// sandbox README, "Activity feed"), and the per-user record the tests read (GET /_sandbox/notifications?user=).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROUNDTABLE_ACTIVITY_TYPES } from '../../../src/sandbox/activityFeed';
import { setupSandbox } from './setupSandbox';

const sb = setupSandbox();
const AVERY = 'avery.chen@northwind.example';
const DANA = 'dana.okafor@northwind.example';
const SEND = ['TeamsActivity.Send'];

const valid = {
  topic: {
    source: 'text',
    value: 'Leadership weekly',
    webUrl: 'https://teams.microsoft.com/l/entity/app/tab',
  },
  activityType: 'roleNext',
  previewText: { content: 'You are the facilitator.' },
  templateParameters: [
    { name: 'role', value: 'Facilitator' },
    { name: 'meeting', value: 'Leadership weekly' },
  ],
};

const send = (to: string, body: unknown, from = AVERY, scopes = SEND) =>
  sb.call(`/users/${encodeURIComponent(to)}/teamwork/sendActivityNotification`, {
    method: 'POST',
    token: sb.token(from, scopes),
    body,
  });

const received = async (user: string) =>
  (await sb.admin(`/_sandbox/notifications?user=${encodeURIComponent(user)}`)).json as {
    notifications: { activityType: string; text: string; previewShown: string; senderId: string }[];
    installed: boolean;
  };

describe('sendActivityNotification', () => {
  it('answers 204 No Content and records the notification for the recipient, the template filled in', async () => {
    const r = await send(DANA, valid);
    expect(r.status).toBe(204);
    expect(r.json).toBeUndefined();
    const got = await received(DANA);
    expect(got.notifications.map((n) => [n.activityType, n.text])).toEqual([
      ['roleNext', 'You are the Facilitator of the next Leadership weekly'],
    ]);
    expect((await received(AVERY)).notifications).toEqual([]);
  });

  it('fills {actor} with the sender’s name', async () => {
    const r = await send(DANA, {
      ...valid,
      activityType: 'votingOpened',
      templateParameters: [{ name: 'meeting', value: 'Leadership weekly' }],
    });
    expect(r.status).toBe(204);
    expect((await received(DANA)).notifications[0]?.text).toMatch(
      /^Avery Chen opened voting for Leadership weekly$/,
    );
  });

  it('needs TeamsActivity.Send (403 without it)', async () => {
    const r = await send(DANA, valid, AVERY, ['User.Read']);
    expect(r.status).toBe(403);
    expect(r.json.error.message).toContain('TeamsActivity.Send');
  });

  it.each([
    ['no topic', { ...valid, topic: undefined }],
    ['an unknown topic source', { ...valid, topic: { ...valid.topic, source: 'url' } }],
    ['a text topic without webUrl', { ...valid, topic: { source: 'text', value: 'x' } }],
    [
      'an entityUrl that is not an app installation or catalog app',
      { ...valid, topic: { source: 'entityUrl', value: 'https://graph.microsoft.com/v1.0/me/events/1' } },
    ],
    ['an activity type the manifest does not declare', { ...valid, activityType: 'taskCreated' }],
    ['a missing template parameter', { ...valid, templateParameters: [{ name: 'role', value: 'x' }] }],
    [
      'systemDefault without systemDefaultText',
      { ...valid, activityType: 'systemDefault', templateParameters: [] },
    ],
    [
      'a webUrl over 1024 characters',
      { ...valid, topic: { ...valid.topic, webUrl: `https://t.example/${'a'.repeat(1024)}` } },
    ],
    ['a previewText that is not an itemBody', { ...valid, previewText: 'hi' }],
  ])('refuses %s with 400 and records nothing', async (_, body) => {
    const r = await send(DANA, body);
    expect(r.status).toBe(400);
    expect(r.json.error.code).toBe('BadRequest');
    expect((await received(DANA)).notifications).toEqual([]);
  });

  it('accepts an entityUrl topic naming the app’s installation, and systemDefault free text', async () => {
    const entity = {
      ...valid,
      topic: {
        source: 'entityUrl',
        value: 'https://graph.microsoft.com/v1.0/users/x/teamwork/installedApps/y',
      },
    };
    expect((await send(DANA, entity)).status).toBe(204);
    const free = {
      ...valid,
      activityType: 'systemDefault',
      templateParameters: [{ name: 'systemDefaultText', value: 'Take a break' }],
    };
    expect((await send(DANA, free)).status).toBe(204);
    expect((await received(DANA)).notifications.map((n) => n.text)).toEqual([
      'You are the Facilitator of the next Leadership weekly',
      'Take a break',
    ]);
  });

  it('keeps a long preview but shows only its first 150 characters', async () => {
    const long = 'x'.repeat(400);
    expect((await send(DANA, { ...valid, previewText: { content: long } })).status).toBe(204);
    expect((await received(DANA)).notifications[0]?.previewShown).toBe('x'.repeat(150));
  });

  it('refuses a notification to oneself (400) and an unknown recipient (404)', async () => {
    expect((await send(AVERY, valid)).status).toBe(400);
    expect((await send('nobody@northwind.example', valid)).status).toBe(404);
  });

  it('refuses a recipient who has not installed the app with 403', async () => {
    expect((await sb.admin('/_sandbox/notifications', 'POST', { installed: { [DANA]: false } })).status).toBe(
      200,
    );
    const r = await send(DANA, valid);
    expect(r.status).toBe(403);
    expect(r.json.error.message).toMatch(/not installed/);
    expect(await received(DANA)).toMatchObject({ notifications: [], installed: false });
  });

  it('throttles at 5 requests per second with 429 and Retry-After', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) statuses.push((await send(DANA, valid)).status);
    // The sandbox clock is fixed in these tests, so all seven fall in one second.
    expect(statuses).toEqual([204, 204, 204, 204, 204, 429, 429]);
    const r = await send(DANA, valid);
    expect(r.headers.get('retry-after')).toBe('1');
    expect((await received(DANA)).notifications).toHaveLength(5);
  });

  it('declares exactly the activity types of the app manifest (the seeded installed app)', () => {
    const manifest = JSON.parse(readFileSync(join(__dirname, '../../../manifest/manifest.json'), 'utf8')) as {
      activities: { activityTypes: unknown[] };
    };
    expect(manifest.activities.activityTypes).toEqual(ROUNDTABLE_ACTIVITY_TYPES);
  });
});
