import { eventId } from '../../../../src/domain/ids';
import {
  matchMeetingChat,
  normaliseJoinUrl,
  shortLinkMeetingIdOf,
  threadIdOf,
} from '../../../../src/domain/meetings/matchMeetingChat';
import { aMeeting } from '../../../builders/aMeeting';

const CHAT = '19:meeting_NzQ4YjE0@thread.v2';
const URL_GRAPH =
  'https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ4YjE0%40thread.v2/0?context=%7b%22Tid%22%3a%22t%22%7d';
const URL_CHAT =
  'https://teams.microsoft.com/l/meetup-join/19%3AMEETING_NzQ4YjE0%40thread.v2/0?context={"Tid":"t","Oid":"o"}';
const now = new Date('2026-03-10T09:10:00Z');

describe('matching a meeting chat to a calendar event', () => {
  it('normalises encoding, case, query and trailing slashes', () => {
    expect(normaliseJoinUrl(URL_GRAPH)).toBe(normaliseJoinUrl(URL_CHAT));
    expect(normaliseJoinUrl(`${URL_GRAPH.split('?')[0]}/`)).toBe(normaliseJoinUrl(URL_CHAT));
    expect(threadIdOf(URL_GRAPH)).toBe(CHAT.toLowerCase());
  });

  it('picks the occurrence in progress, then the next one, then the latest one', () => {
    const occ = (start: string, end: string) =>
      aMeeting({ start, end, joinUrl: URL_GRAPH, kind: 'occurrence' });
    const past = occ('2026-03-03T09:00:00Z', '2026-03-03T10:00:00Z');
    const current = occ('2026-03-10T09:00:00Z', '2026-03-10T10:00:00Z');
    const next = occ('2026-03-17T09:00:00Z', '2026-03-17T10:00:00Z');
    const other = aMeeting({ start: '2026-03-10T09:00:00Z', end: '2026-03-10T10:00:00Z' });
    const chat = { chatId: CHAT, joinWebUrl: URL_CHAT };
    expect(matchMeetingChat([other, next, past, current], chat, now)?.id).toBe(current.id);
    expect(matchMeetingChat([other, next, past], chat, now)?.id).toBe(next.id);
    expect(matchMeetingChat([other, past], chat, now)?.id).toBe(past.id);
    expect(matchMeetingChat([other], chat, now)).toBeUndefined();
  });

  it('without the chat’s join URL, finds the meeting by the chat id inside the join URL', () => {
    const m = aMeeting({ start: '2026-03-10T09:00:00Z', end: '2026-03-10T10:00:00Z', joinUrl: URL_GRAPH });
    expect(matchMeetingChat([m], { chatId: CHAT, joinWebUrl: null }, now)?.id).toBe(m.id);
  });

  it('skips cancelled occurrences and meetings without a join URL', () => {
    const cancelled = aMeeting({ joinUrl: URL_GRAPH, isCancelled: true, start: '2026-03-10T09:00:00Z' });
    const offline = aMeeting({ isOnlineMeeting: false, start: '2026-03-10T09:00:00Z' });
    const { joinUrl: _drop, ...rest } = offline;
    expect(matchMeetingChat([cancelled, rest], { chatId: CHAT, joinWebUrl: URL_CHAT }, now)).toBeUndefined();
  });
});

describe('matching with Teams’ short join links (MC772556)', () => {
  const SHORT = 'https://teams.microsoft.com/meet/2414128301281?p=NzhDLMLT8b07DrkwkE';
  const OTHER_SHORT = 'https://teams.microsoft.com/meet/3999000111222?p=AbCdEfGhIjKlMnOpQr';
  const at = { start: '2026-03-10T09:00:00Z', end: '2026-03-10T10:00:00Z' };

  it('reads the meeting id of a short link and no thread id from it', () => {
    expect(shortLinkMeetingIdOf(SHORT)).toBe('2414128301281');
    expect(shortLinkMeetingIdOf(`${SHORT.replace('?', '/?')}`)).toBe('2414128301281');
    expect(shortLinkMeetingIdOf(URL_GRAPH)).toBeUndefined();
    expect(threadIdOf(SHORT)).toBeUndefined();
  });

  it('matches a short link to the same short link whatever its passcode parameter says', () => {
    const m = aMeeting({ ...at, joinUrl: SHORT });
    const chat = { chatId: CHAT, joinWebUrl: 'https://Teams.Microsoft.com/meet/2414128301281?p=other' };
    expect(matchMeetingChat([m], chat, now)?.id).toBe(m.id);
    expect(matchMeetingChat([aMeeting({ ...at, joinUrl: OTHER_SHORT })], chat, now)).toBeUndefined();
  });

  it('long-link invite, short-link chat: the chat id inside the invite’s link', () => {
    const m = aMeeting({ ...at, joinUrl: URL_GRAPH });
    expect(matchMeetingChat([m], { chatId: CHAT, joinWebUrl: SHORT }, now)?.id).toBe(m.id);
  });

  it('the organizer’s own item by calendarEventId, and every occurrence of the organizer’s series', () => {
    const single = aMeeting({ ...at, id: eventId('AAMkA-organizer-item'), joinUrl: SHORT });
    expect(
      matchMeetingChat(
        [single],
        { chatId: CHAT, joinWebUrl: URL_GRAPH, calendarEventId: 'AAMkA-organizer-item' },
        now,
      )?.id,
    ).toBe(single.id);
    const occ = aMeeting({
      ...at,
      kind: 'occurrence',
      seriesMasterId: eventId('AAMkA-master'),
      joinUrl: SHORT,
    });
    expect(
      matchMeetingChat([occ], { chatId: CHAT, joinWebUrl: URL_GRAPH, calendarEventId: 'AAMkA-master' }, now)
        ?.id,
    ).toBe(occ.id);
  });

  it('short-link invite, long-link chat, attendee: by the chat’s topic, only when one meeting has it', () => {
    const mine = aMeeting({ ...at, subject: 'Product roadmap sync', joinUrl: SHORT });
    const unrelated = aMeeting({ ...at, subject: 'Budget', joinUrl: OTHER_SHORT });
    const chat = {
      chatId: CHAT,
      joinWebUrl: URL_CHAT,
      calendarEventId: 'AAMkA-not-mine',
      topic: ' product ROADMAP sync ',
    };
    expect(matchMeetingChat([unrelated, mine], chat, now)?.id).toBe(mine.id);
    // Two different meetings with that title: no guess.
    const twin = aMeeting({ ...at, subject: 'Product roadmap sync', joinUrl: OTHER_SHORT });
    expect(matchMeetingChat([mine, twin], chat, now)).toBeUndefined();
    // Occurrences of one series share the link: that is one meeting, and the running occurrence wins.
    const next = aMeeting({
      subject: 'Product roadmap sync',
      joinUrl: SHORT,
      start: '2026-03-17T09:00:00Z',
      end: '2026-03-17T10:00:00Z',
    });
    expect(matchMeetingChat([next, mine], chat, now)?.id).toBe(mine.id);
  });

  it('the topic never overrides surer evidence, nor picks a long link naming another chat', () => {
    const byUrl = aMeeting({ ...at, subject: 'Renamed', joinUrl: URL_GRAPH });
    const sameTitle = aMeeting({ ...at, subject: 'Weekly', joinUrl: SHORT });
    expect(
      matchMeetingChat([sameTitle, byUrl], { chatId: CHAT, joinWebUrl: URL_CHAT, topic: 'Weekly' }, now)?.id,
    ).toBe(byUrl.id);
    const otherChat = aMeeting({
      ...at,
      subject: 'Weekly',
      joinUrl: 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_OTHER%40thread.v2/0?context=x',
    });
    expect(
      matchMeetingChat([otherChat], { chatId: CHAT, joinWebUrl: URL_CHAT, topic: 'Weekly' }, now),
    ).toBeUndefined();
    // A chat with a short link of its own is compared by that link only.
    expect(
      matchMeetingChat([sameTitle], { chatId: CHAT, joinWebUrl: OTHER_SHORT, topic: 'Weekly' }, now),
    ).toBeUndefined();
  });

  it('without the chat a short-link invite names nothing to match', () => {
    const m = aMeeting({ ...at, subject: 'Product roadmap sync', joinUrl: SHORT });
    expect(matchMeetingChat([m], { chatId: CHAT }, now)).toBeUndefined();
  });
});
