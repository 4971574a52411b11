// The Outlook add-in's task pane (issue #6): which meeting is open. Office.js gives the appointment's item id
// (EWS format) in read mode, or asynchronously in the organizer's form (Mailbox 1.8 getItemIdAsync); Graph needs
// the REST id, which convertToRestId makes (Mailbox 1.3). The Office object is passed in, so tests drive it with
// office-addin-mock and the production entry passes the real one loaded from the Office CDN.

export type AppointmentResult =
  | {
      readonly ok: true;
      readonly restId: string;
      readonly mode: 'organizer' | 'attendee';
      readonly subject: string;
    }
  | {
      readonly ok: false;
      /** Why no meeting can be opened; the task pane words it (NotSaved: the form can't say its id; Unsaved: not yet). */
      readonly code: 'NoItem' | 'NotAMeeting' | 'NotSaved' | 'Unsaved' | 'NoMailbox';
    };

/** The slice of Office.js this adapter uses. */
export interface OfficeLike {
  readonly context: {
    readonly mailbox?: {
      readonly item?: unknown;
      convertToRestId(itemId: string, restVersion: unknown): string;
    };
  };
  readonly MailboxEnums: {
    readonly RestVersion: { readonly v2_0: unknown };
    readonly ItemType: { readonly Appointment: unknown };
  };
}

interface AppointmentLike {
  readonly itemType?: unknown;
  readonly itemId?: string;
  readonly subject?: unknown;
  getItemIdAsync?: (
    callback: (result: { status: string; value?: string; error?: { message?: string } }) => void,
  ) => void;
}

function subjectOf(item: AppointmentLike): string {
  return typeof item.subject === 'string' ? item.subject : '';
}

export async function readOpenAppointment(office: OfficeLike): Promise<AppointmentResult> {
  const mailbox = office.context.mailbox;
  if (!mailbox) return { ok: false, code: 'NoMailbox' };
  const item = mailbox.item as AppointmentLike | undefined;
  if (!item) return { ok: false, code: 'NoItem' };
  if (item.itemType !== office.MailboxEnums.ItemType.Appointment) return { ok: false, code: 'NotAMeeting' };
  const convert = (id: string) => mailbox.convertToRestId(id, office.MailboxEnums.RestVersion.v2_0);
  // Read mode (an attendee's meeting, or the organizer viewing it): the id is there.
  if (typeof item.itemId === 'string' && item.itemId !== '')
    return { ok: true, restId: convert(item.itemId), mode: 'attendee', subject: subjectOf(item) };
  // The organizer's meeting form: the id arrives asynchronously, and only once the meeting is saved.
  const getId = item.getItemIdAsync;
  if (typeof getId !== 'function') return { ok: false, code: 'NotSaved' };
  const id = await new Promise<string | undefined>((resolve) =>
    getId.call(item, (r) => resolve(r.status === 'succeeded' ? r.value : undefined)),
  );
  if (!id) return { ok: false, code: 'Unsaved' };
  return { ok: true, restId: convert(id), mode: 'organizer', subject: '' };
}
