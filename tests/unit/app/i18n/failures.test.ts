// What a failed request says (issue #16), in the installed language: the same failure reads in English by default and
// in German once the German catalogue is installed, with German plurals and German lists.
import { messageForFailure } from '../../../../src/app/errors/messageForFailure';
import { describeChangeFailure } from '../../../../src/app/hooks/describeChangeFailure';
import { describeNudgeReport } from '../../../../src/app/hooks/describeNudgeReport';
import { installCatalogue } from '../../../../src/app/i18n/defineMessages';
import { deDE } from '../../../../src/app/i18n/de-DE/index';
import { userId } from '../../../../src/domain/ids';
import type { Nudge } from '../../../../src/domain/nudges/nudgeTypes';

afterEach(() => installCatalogue('en-US', undefined));

const nudge = (recipient: string): Nudge => ({
  kind: 'roleNext',
  key: `roleNext:x:${recipient}`,
  recipient: userId(recipient),
  params: {},
  preview: '',
});
const names: Record<string, string> = { ben: 'Ben Ito', cy: 'Cy Park', dana: 'Dana Okafor' };
const nameOf = (id: string) => names[id] ?? id;
const forbidden = { kind: 'forbidden', status: 403 } as const;

describe('the failures area', () => {
  it('waits one second or several: English and German plurals', () => {
    const throttled = (ms: number) => messageForFailure({ kind: 'throttled', retryAfterMs: ms }).message;
    expect(throttled(1000)).toContain('Wait 1 second, then try again.');
    expect(throttled(2000)).toContain('Wait 2 seconds, then try again.');
    installCatalogue('de-DE', deDE);
    expect(messageForFailure({ kind: 'throttled', retryAfterMs: 1000 }).title).toBe(
      'Microsoft 365 ist ausgelastet',
    );
    expect(throttled(1000)).toContain('Warten Sie 1 Sekunde, und versuchen Sie es dann erneut.');
    expect(throttled(2000)).toContain('Warten Sie 2 Sekunden, und versuchen Sie es dann erneut.');
  });

  it('asks for consent naming every purpose, joined as each language joins a list', () => {
    const consent = {
      kind: 'consentRequired',
      scopes: ['Calendars.Read', 'User.ReadBasic.All', 'Mail.Send'],
    } as const;
    expect(messageForFailure(consent).message).toMatch(
      /^Roundtable needs consent to read your calendar, look up the people in your meetings and e-mail the recap when the meeting has no chat \(Calendars\.Read, User\.ReadBasic\.All and Mail\.Send\)\. /,
    );
    installCatalogue('de-DE', deDE);
    expect(messageForFailure(consent).message).toMatch(
      /^Roundtable benötigt Ihre Zustimmung, um Ihren Kalender zu lesen, die Personen in Ihren Besprechungen nachzuschlagen und die Zusammenfassung per E-Mail zu senden, wenn die Besprechung keinen Chat hat \(Calendars\.Read, User\.ReadBasic\.All und Mail\.Send\)\. /,
    );
  });

  it('reports a change the service refused, keeping what was typed, in German', () => {
    installCatalogue('de-DE', deDE);
    expect(
      describeChangeFailure({ source: 'store', failure: { kind: 'throttled', retryAfterMs: 3000 } }),
    ).toEqual({
      kind: 'service',
      title: 'Microsoft 365 ist ausgelastet; versuchen Sie es in 3 s erneut',
      message:
        'Ihre Organisation sendet gerade zu viele Anfragen an Microsoft 365. Warten Sie 3 Sekunden, und versuchen Sie es dann erneut. Nichts, was Sie eingegeben haben, ist verloren gegangen.',
    });
  });

  it('says whom Teams could not notify, one person or several, in both languages', () => {
    const report = (who: readonly string[]) =>
      describeNudgeReport(
        { sent: [], failed: who.map((w) => ({ nudge: nudge(w), failure: forbidden })), skipped: 0 },
        nameOf,
      )?.text;
    expect(report(['ben'])).toBe(
      "Couldn't notify Ben Ito in Teams: Roundtable isn't installed for them, so Teams refused.",
    );
    expect(report(['ben', 'cy', 'dana'])).toBe(
      "Couldn't notify Ben Ito, Cy Park and Dana Okafor in Teams: Roundtable isn't installed for those people, so Teams refused.",
    );
    installCatalogue('de-DE', deDE);
    expect(report(['ben'])).toBe(
      'Ben Ito konnte in Teams nicht benachrichtigt werden: Roundtable ist für diese Person nicht installiert, daher hat Teams abgelehnt.',
    );
    expect(report(['ben', 'cy'])).toBe(
      'Ben Ito und Cy Park konnten in Teams nicht benachrichtigt werden: Roundtable ist für diese Personen nicht installiert, daher hat Teams abgelehnt.',
    );
  });
});
