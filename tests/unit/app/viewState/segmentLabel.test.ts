// Default segments are stored in English and read in each person's language; names an organizer typed stay typed.
import { deDE } from '../../../../src/app/i18n/de-DE/index';
import { installCatalogue } from '../../../../src/app/i18n/defineMessages';
import { segmentLabel, shownSegment, storedSegment } from '../../../../src/app/viewState/segmentLabel';
import { DEFAULT_SETTINGS } from '../../../../src/domain/series/seriesDocument';

afterEach(() => installCatalogue('en-US', undefined));

const [checkIn, review, wrapUp] = DEFAULT_SETTINGS.segments as [
  (typeof DEFAULT_SETTINGS.segments)[number],
  (typeof DEFAULT_SETTINGS.segments)[number],
  (typeof DEFAULT_SETTINGS.segments)[number],
];

describe('segmentLabel', () => {
  it('reads the stored English defaults as they are in English', () => {
    expect(DEFAULT_SETTINGS.segments.map(segmentLabel)).toEqual([
      'Check-in',
      'Review of last actions',
      'Wrap-up',
    ]);
  });

  it('reads them in German for a German user, by id, and leaves typed names and boulders alone', () => {
    installCatalogue('de-DE', deDE);
    expect([checkIn, review, wrapUp].map(segmentLabel)).toEqual([
      'Ankommen',
      'Rückblick auf die letzten Aktionspunkte',
      'Abschluss',
    ]);
    expect(segmentLabel({ id: 'check-in', label: 'Coffee first' })).toBe('Coffee first');
    expect(segmentLabel({ id: 'topic-1', label: 'Check-in' })).toBe('Check-in');
  });

  it('stores a default shown in German back in English, and a renamed one as typed', () => {
    installCatalogue('de-DE', deDE);
    const shown = shownSegment(review);
    expect(shown.label).toBe('Rückblick auf die letzten Aktionspunkte');
    expect(storedSegment(shown)).toEqual(review);
    expect(storedSegment({ ...shown, label: 'Rückblick' })).toEqual({ ...review, label: 'Rückblick' });
    const typed = { id: 'seg-9', label: 'Ankommen', minutes: 5, position: 'before' as const };
    expect(storedSegment(typed)).toEqual(typed);
  });
});
