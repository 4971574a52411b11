// The route in the URL and in a Teams deep link's subEntityId (issue #16 "Each meeting and step has its own URL").
import {
  decodeRoute,
  encodeRoute,
  routeFromSearch,
  sameRoute,
  searchWithRoute,
} from '../../../../src/app/navigation/meetingRoute';

const opened = { iCalUId: '040000008200E00074C5B7101A82E008', occurrence: '2026-12-07T09:00:00Z' };

describe('meeting route', () => {
  it('a meeting and its step survive the round trip through a subEntityId', () => {
    expect(decodeRoute(encodeRoute(opened, 'actions'))).toEqual({ opened, step: 'actions' });
    expect(decodeRoute(encodeRoute(opened))).toEqual({ opened });
  });

  it('links made before steps existed (no step) still open their meeting', () => {
    expect(decodeRoute(JSON.stringify({ i: opened.iCalUId, o: opened.occurrence }))).toEqual({ opened });
  });

  it('anything else opens the list, and an unknown step is dropped rather than trusted', () => {
    for (const v of [undefined, null, '', 'not json', '42', '{"i":""}', '{"i":1,"o":"x"}', 'null'])
      expect(decodeRoute(v)).toEqual({});
    expect(decodeRoute(JSON.stringify({ i: 'x', o: 'y', s: 'admin' }))).toEqual({
      opened: { iCalUId: 'x', occurrence: 'y' },
    });
  });

  it('the URL keeps every other parameter (the sandbox address, a host’s) when the route changes', () => {
    const search = '?sandbox=http%3A%2F%2Flocalhost%3A4000&as=adele%40contoso.example';
    const inMeeting = searchWithRoute(search, { opened, step: 'roles' });
    const params = new URLSearchParams(inMeeting);
    expect(params.get('sandbox')).toBe('http://localhost:4000');
    expect(params.get('as')).toBe('adele@contoso.example');
    expect(params.get('step')).toBe('roles');
    expect(routeFromSearch(inMeeting)).toEqual({ opened, step: 'roles' });
    // Back to the list: the route's parameters go, the others stay.
    expect(new URLSearchParams(searchWithRoute(inMeeting, {})).toString()).toBe(
      new URLSearchParams(search).toString(),
    );
  });

  it('a URL without ?open= names no route (the host’s deep link decides); ?step= alone names nothing', () => {
    expect(routeFromSearch('?sandbox=x')).toBeUndefined();
    expect(routeFromSearch('?step=roles')).toBeUndefined();
    expect(routeFromSearch(`?open=${encodeURIComponent(encodeRoute(opened))}&step=nonsense`)).toEqual({
      opened,
    });
  });

  it('sameRoute compares meeting, occurrence and step', () => {
    expect(sameRoute({ opened, step: 'run' }, { opened: { ...opened }, step: 'run' })).toBe(true);
    expect(sameRoute({ opened, step: 'run' }, { opened })).toBe(false);
    expect(sameRoute({ opened }, { opened: { ...opened, occurrence: '2026-12-14T09:00:00Z' } })).toBe(false);
    expect(sameRoute({}, {})).toBe(true);
  });
});
