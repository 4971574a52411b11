// What Roundtable writes for others (the invite's agenda block, the recap, the decision log) in the language of whoever
// publishes, while the block's markers stay the same in every language: a block published in German is found and
// replaced by an English organizer's next publish, and the other way round.
import { installCatalogue } from '../../../../src/app/i18n/defineMessages';
import { deDE } from '../../../../src/app/i18n/de-DE/index';
import { publishedMessages } from '../../../../src/app/i18n/en-US/published';
import type { DecisionLogRow } from '../../../../src/domain/decisions/buildDecisionLog';
import { decisionLogToCsv } from '../../../../src/domain/decisions/exportDecisionLog';
import { renderAgendaBlock } from '../../../../src/domain/publish/agendaBlock';
import { findAgendaBlocks, mergeAgendaIntoBody } from '../../../../src/domain/publish/mergeAgendaIntoBody';
import { buildRecap, recapSubject, renderRecapHtml } from '../../../../src/domain/recap/buildRecap';
import { OCC } from '../agenda/agendaFixture';
import { anAgenda, teamsInviteBody } from '../../domain/publish/teamsInviteBody';
import { closedMeeting } from '../../domain/recap/recapFixture';

afterEach(() => installCatalogue('en-US', undefined));

/** The block as the organizer publishing it would render it: in the catalogue installed at that moment. */
const blockIn = (lang: 'en-US' | 'de-DE') => {
  installCatalogue(lang, lang === 'de-DE' ? deDE : undefined);
  return renderAgendaBlock(anAgenda(), publishedMessages.agendaBlock);
};

const recapSources = {
  doc: closedMeeting(),
  occurrence: OCC,
  meetingMinutes: 60,
  meetingTitle: 'Leadership weekly',
  occurrenceLabel: 'Mo., 10. März 2025',
  appUrl: 'https://teams.microsoft.com/l/entity/app/x?context=1',
  plannerTaskUrl: (id: string) => `https://tasks.office.com/tenant/Home/Task/${id}`,
};

describe('the agenda block in the publisher’s language', () => {
  it('is written in English, then in German once German is installed (plural: deferred once vs twice)', () => {
    const en = blockIn('en-US');
    expect(en).toContain('<b>Parking lot</b>');
    expect(en).toContain('(deferred 2 times)');
    expect(en).toContain('20&#160;min');
    const de = blockIn('de-DE');
    expect(de).toContain('<b>Themenspeicher</b>');
    expect(de).toContain('<b style="color:#c50f1f;">Überfällig</b>');
    expect(de).toContain('(2 Mal vertagt)');
    expect(de).toContain('20&#160;Min.');
    expect(de).toContain('Ava Lopez &#183; zur Entscheidung');
    expect(de).not.toContain('Parking lot');
    const once = renderAgendaBlock(
      anAgenda({ parked: [{ title: 'Offsite venue', deferredCount: 1 }] }),
      publishedMessages.agendaBlock,
    );
    expect(once).toContain('(einmal vertagt)');
  });

  it('keeps the same markers in every language', () => {
    for (const block of [blockIn('en-US'), blockIn('de-DE')]) {
      expect(block).toContain('<!-- roundtable:agenda:start v1 -->');
      expect(block).toContain('id="roundtable-agenda"');
      expect(block).toContain('<b>Roundtable agenda</b>');
      expect(block).toContain('&#8212; end of Roundtable agenda &#8212;');
      expect(findAgendaBlocks(block)).toHaveLength(1);
    }
  });

  it.each([
    ['de-DE', 'en-US'],
    ['en-US', 'de-DE'],
  ] as const)('a block published in %s is found and replaced by a publish in %s', (first, next) => {
    const body = mergeAgendaIntoBody(teamsInviteBody(), blockIn(first)).body;
    const again = blockIn(next);
    const merged = mergeAgendaIntoBody(body, again);
    // The same agenda in another language is a new revision: the invitation is rewritten, once, with one block.
    expect(merged.changed).toBe(true);
    expect(findAgendaBlocks(merged.body)).toHaveLength(1);
    expect(merged.body).toContain(again);
    expect(merged.body).toBe(mergeAgendaIntoBody(teamsInviteBody(), again).body);
    // Republishing in the same language changes nothing, so no update is mailed.
    expect(mergeAgendaIntoBody(merged.body, blockIn(next))).toEqual({ body: merged.body, changed: false });
  });

  it('has words that are safe as HTML and never spell a marker, in both languages', () => {
    for (const lang of ['en-US', 'de-DE'] as const) {
      installCatalogue(lang, lang === 'de-DE' ? deDE : undefined);
      const w = publishedMessages.agendaBlock;
      const texts = [
        w.agenda,
        w.proposedTopics,
        w.decisions,
        w.roles,
        w.parkingLot,
        w.commitments,
        w.noTopics,
        w.noRoles,
        w.unassigned,
        w.noOwner,
        w.noDueDate,
        w.due('x'),
        w.heldBy('x'),
        w.deferred(1),
        w.deferred(3),
        w.votingOpenUntil('x'),
        w.openInApp,
        w.openInAppNoLink('x'),
        ...Object.values(w.outcome),
        ...Object.values(w.state),
        w.untitledTopic,
      ];
      for (const t of texts) {
        expect(t).not.toMatch(/[<>&"]/);
        expect(t).not.toMatch(/roundtable\s+agenda/i);
      }
    }
  });
});

describe('the recap and the decision log in the sender’s language', () => {
  it('writes the recap in German once German is installed', () => {
    installCatalogue('de-DE', deDE);
    const words = publishedMessages.recap;
    const recap = buildRecap(recapSources, words);
    const html = renderRecapHtml(recap, words);
    expect(html).toContain('<b>Zusammenfassung: Leadership weekly</b> (Mo., 10. März 2025)');
    expect(html).toContain('Ship the pilot in May (verantwortet von Ben)');
    expect(html).toContain('Offsite (nicht erreicht)');
    expect(html).toContain('Diese Besprechung in Roundtable öffnen');
    expect(html).toContain(recap.marker);
    expect(recapSubject(recap, words)).toBe('Zusammenfassung: Leadership weekly (Mo., 10. März 2025)');
    installCatalogue('en-US', undefined);
    expect(recapSubject(recap, publishedMessages.recap)).toBe(
      'Recap: Leadership weekly (Mo., 10. März 2025)',
    );
  });

  it('names an owner with their helpers in the sender’s language', () => {
    const say = () => publishedMessages.recap.ownerWithHelpers;
    expect(say()('Ana', [])).toBe('Ana');
    expect(say()('Ana', ['Ben'])).toBe('Ana, with Ben');
    expect(say()('Ana', ['Ben', 'Cy', 'Dee'])).toBe('Ana, with Ben, Cy and Dee');
    installCatalogue('de-DE', deDE);
    expect(say()('Ana', ['Ben'])).toBe('Ana, mit Unterstützung von Ben');
    expect(say()('Ana', ['Ben', 'Cy', 'Dee'])).toBe('Ana, mit Unterstützung von Ben, Cy und Dee');
  });

  it('writes the decision log’s headers in the exporter’s language', () => {
    const row: DecisionLogRow = {
      archived: false,
      date: '2025-03-10',
      occurrence: OCC,
      topicId: 't',
      topic: 'Pilot',
      decision: 'Ship',
      holder: 'Ben',
      actions: [{ id: 'a1', title: 'Plan', owners: ['Ben'], due: '2025-03-20', done: true }],
    };
    expect(decisionLogToCsv([row], publishedMessages.decisionLog).split('\r\n')[0]).toBe(
      'Date,Topic,Decision,Held by,Action items',
    );
    installCatalogue('de-DE', deDE);
    expect(decisionLogToCsv([row], publishedMessages.decisionLog)).toBe(
      'Datum,Thema,Entscheidung,Verantwortet von,Aktionspunkte\r\n' +
        '2025-03-10,Pilot,Ship,Ben,"[erledigt] Plan (Ben), fällig am 2025-03-20"\r\n',
    );
  });
});
