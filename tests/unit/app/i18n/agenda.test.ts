// The agenda area in both languages: English word for word as the screens always said it, German complete and
// chosen at read time (installCatalogue), with German plurals through Intl.
import { FluentProvider, teamsLightTheme } from '@fluentui/react-components';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { deriveAgendaViewState, type ReadyAgendaView } from '../../../../src/app/hooks/deriveAgendaViewState';
import { installCatalogue } from '../../../../src/app/i18n/defineMessages';
import { deDE } from '../../../../src/app/i18n/de-DE/index';
import { agendaMessages } from '../../../../src/app/i18n/en-US/agenda';
import { AgendaArea } from '../../../../src/app/views/agenda/AgendaArea';
import { ok } from '../../../../src/domain/result';
import { adele, ben, contextFor, cy, emptyDoc, propose, topic, vote } from '../agenda/agendaFixture';

afterEach(() => installCatalogue('en-US', undefined));

const german = () => installCatalogue('de-DE', deDE);

const doc = () => {
  let d = propose(emptyDoc(), 'a', ben, topic('Hiring plan', 30));
  d = propose(d, 'b', cy, topic('Budget', 30));
  return vote(d, cy, { b: 2 });
};
const readyView = (): ReadyAgendaView => {
  const s = deriveAgendaViewState({
    ctx: contextFor(doc(), ben),
    actor: ben,
    formatInstant: (ms) => `@${ms}`,
  });
  if (s.kind !== 'ready') throw new Error(`expected ready, got ${s.kind}`);
  return s;
};

describe('agenda messages', () => {
  it('say in English what the screens always said', () => {
    const m = agendaMessages;
    expect(m.closeVoting).toBe('Close voting');
    expect(m.view.dotsLeft(1, 3)).toBe('Dots left: 1 of 3');
    expect(m.view.voters(0)).toBe('No one has voted yet');
    expect(m.view.voters(1)).toBe('1 person has voted');
    expect(m.view.voters(4)).toBe('4 people have voted');
    expect(m.view.dotsFrom(3, 2)).toBe('3 dots from 2 people');
    expect(m.view.dotsFrom(1, 1)).toBe('1 dot from 1 person');
    expect(m.view.reopened('Avery Chen', 'Tue 8 Dec, 17:10', ['A', 'C'])).toBe(
      'Voting was reopened by Avery Chen on Tue 8 Dec, 17:10 (the agenda had been: A, C).',
    );
    expect(m.view.reopened(undefined, 'Tue 8 Dec, 17:10', [])).toBe(
      'Voting was reopened by the organizer on Tue 8 Dec, 17:10.',
    );
    expect(m.proposed('Budget')).toBe('Proposed “Budget”.');
    expect(m.log.count(1, 2, true)).toBe('1 of 2 decisions, archived meetings included');
    expect(m.log.copied(1, m.log.format.csv)).toBe('Copied 1 decision as CSV.');
    expect(m.log.copyFailed(m.log.download(m.log.format.markdown))).toBe(
      'Couldn’t copy: this window doesn’t allow the clipboard. Use “Download Markdown” instead.',
    );
  });

  it('answer in German once German is installed, with German plurals and quotes', () => {
    german();
    const m = agendaMessages;
    expect(m.closeVoting).toBe('Abstimmung beenden');
    expect(m.outcome.decide).toBe('Entscheiden');
    expect(m.view.voters(0)).toBe('Noch hat niemand abgestimmt');
    expect(m.view.voters(1)).toBe('1 Person hat abgestimmt');
    expect(m.view.voters(2)).toBe('2 Personen haben abgestimmt');
    expect(m.myDots(1)).toBe('1 Punkt');
    expect(m.myDots(2)).toBe('2 Punkte');
    expect(m.log.copied(2, m.log.format.csv)).toBe('2 Entscheidungen als CSV kopiert.');
    expect(m.proposed('Budget')).toBe('„Budget“ wurde vorgeschlagen.');
    expect(m.log.copyFailed(m.log.download(m.log.format.markdown))).toContain('„Markdown herunterladen“');
    expect(m.view.closedNote('Avery Chen', 'Di., 8. Dez., 17:02')).toMatch(
      /^Die Abstimmung wurde von Avery Chen am Di., 8. Dez., 17:02 beendet. /,
    );
  });

  it('go back to English when the catalogue is reset', () => {
    german();
    expect(agendaMessages.voteHeading).toBe('Abstimmen');
    installCatalogue('en-US', undefined);
    expect(agendaMessages.voteHeading).toBe('Vote');
  });

  it('word the derived view state in the installed language', () => {
    expect(readyView().ballot).toMatchObject({
      dotsLeftLabel: 'Dots left: 3 of 3',
      votersLabel: '1 person has voted',
    });
    german();
    const s = readyView();
    expect(s.ballot).toMatchObject({
      dotsLeftLabel: 'Verbleibende Punkte: 3 von 3',
      votersLabel: '1 Person hat abgestimmt',
    });
    expect(s.topics.map((t) => t.outcomeLabel)).toEqual(['Besprechen', 'Besprechen']);
  });

  it('render the agenda screen in German', () => {
    german();
    const html = renderToStaticMarkup(
      createElement(
        FluentProvider,
        { theme: teamsLightTheme },
        createElement(AgendaArea, {
          ctx: contextFor(doc(), adele),
          request: {
            dispatch: async () => ok(undefined),
            link: async () => ok(undefined),
            newId: () => 'id',
          },
          actor: adele,
        }),
      ),
    );
    expect(html).toContain('>Thema vorschlagen</h3>');
    expect(html).toContain('>Abstimmung beenden<');
    expect(html).toContain('aria-label="Einen Punkt für Budget vergeben"');
    expect(html).not.toContain('Propose a topic');
  });
});
