// What the person whose act sent nudges reads: who Teams notified, who it refused and why, and why nothing went out.
import { userId } from '../../../../src/domain/ids';
import type { Nudge } from '../../../../src/domain/nudges/nudgeTypes';
import { describeNudgeReport } from '../../../../src/app/hooks/describeNudgeReport';

const names: Record<string, string> = { ben: 'Ben Ito', cy: 'Cy Park', dana: 'Dana Okafor' };
const nameOf = (id: string) => names[id] ?? 'someone';
const nudge = (recipient: string, kind: Nudge['kind'] = 'roleNext'): Nudge => ({
  kind,
  key: `${kind}:x:${recipient}`,
  recipient: userId(recipient),
  params: {},
  preview: '',
});

describe('describeNudgeReport', () => {
  it('names each person notified once, however many nudges they got', () => {
    expect(
      describeNudgeReport(
        { sent: [nudge('ben'), nudge('ben', 'votingOpened'), nudge('cy')], failed: [], skipped: 0 },
        nameOf,
      ),
    ).toEqual({ intent: 'success', text: 'Notified in Teams: Ben Ito and Cy Park.' });
  });

  it('says who Teams refused because the app is not installed for them, and who was throttled', () => {
    const shown = describeNudgeReport(
      {
        sent: [nudge('ben')],
        failed: [
          { nudge: nudge('dana'), failure: { kind: 'forbidden', status: 403 } },
          { nudge: nudge('cy'), failure: { kind: 'throttled', status: 429, retryAfterMs: 5000 } },
        ],
        skipped: 0,
      },
      nameOf,
    );
    expect(shown?.intent).toBe('warning');
    expect(shown?.text).toContain('Notified in Teams: Ben Ito.');
    expect(shown?.text).toContain(
      "Couldn't notify Dana Okafor in Teams: Roundtable isn't installed for them, so Teams refused.",
    );
    expect(shown?.text).toMatch(/Couldn't notify Cy Park in Teams \(.+\)\./);
  });

  it('without consent: nothing sent, what consent is for, and that the next act sends them', () => {
    const shown = describeNudgeReport(
      {
        sent: [],
        failed: [],
        skipped: 0,
        notAuthorized: { kind: 'consentRequired', scopes: ['TeamsActivity.Send'] },
      },
      nameOf,
    );
    expect(shown?.intent).toBe('warning');
    expect(shown?.text).toMatch(/^Teams notifications weren't sent\. /);
    expect(shown?.text).toContain('notify people in Teams');
    expect(shown?.text).toContain('will send them.');
  });

  it('a claim that could not be written says so; nothing due (or all sent by someone else) says nothing', () => {
    expect(
      describeNudgeReport(
        {
          sent: [],
          failed: [],
          skipped: 3,
          claimFailed: { source: 'store', failure: { kind: 'network', message: 'offline' } },
        },
        nameOf,
      )?.text,
    ).toContain("the agenda couldn't be updated (We couldn't reach Microsoft 365)");
    expect(
      describeNudgeReport(
        {
          sent: [],
          failed: [],
          skipped: 3,
          claimFailed: {
            source: 'rules',
            error: { kind: 'invalidInput', field: 'nudges', problem: { code: 'nudgeKeysInvalid' } },
          },
        },
        nameOf,
      )?.text,
    ).toContain("the agenda couldn't be updated (Those reminders could not be recorded.)");
    expect(describeNudgeReport({ sent: [], failed: [], skipped: 0 }, nameOf)).toBeNull();
    expect(describeNudgeReport({ sent: [], failed: [], skipped: 4 }, nameOf)).toBeNull();
  });
});
