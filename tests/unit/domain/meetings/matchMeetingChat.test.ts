import {
  matchMeetingChat,
  normaliseJoinUrl,
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
