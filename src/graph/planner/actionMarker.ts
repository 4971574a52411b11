// The idempotency marker a Roundtable task carries: an external reference whose URL ends in
// `#roundtable-action=<actionId>`. References live in the task's details, so any client (and Planner's own UI) keeps
// them, and they survive title edits.
const MARKER = '#roundtable-action=';

/** The reference URL for an action: the meeting link with its fragment replaced by the marker. */
export function markerUrl(meetingUrl: string, actionId: string): string {
  const cut = meetingUrl.indexOf('#');
  const base = cut >= 0 ? meetingUrl.slice(0, cut) : meetingUrl;
  return `${base}${MARKER}${encodeURIComponent(actionId)}`;
}

// Reference keys are URLs with '%', '.', ':', '@' and '#' percent-encoded (GD resources/plannerexternalreferences.md).
export function encodeReferenceKey(url: string): string {
  return url
    .replace(/%/g, '%25')
    .replace(/\./g, '%2E')
    .replace(/:/g, '%3A')
    .replace(/@/g, '%40')
    .replace(/#/g, '%23');
}

/** The action id in one reference key, if it is a Roundtable marker. */
export function actionIdOfReference(key: string): string | undefined {
  let url: string;
  try {
    url = decodeURIComponent(key);
  } catch {
    return undefined;
  }
  const at = url.lastIndexOf(MARKER);
  if (at < 0) return undefined;
  const id = url.slice(at + MARKER.length);
  try {
    return id === '' ? undefined : decodeURIComponent(id);
  } catch {
    return undefined;
  }
}
