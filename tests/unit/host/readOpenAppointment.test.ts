// The task pane's Office.js adapter, driven by office-addin-mock (the documented way to unit-test add-in code
// without an Office host).
import { OfficeMockObject } from 'office-addin-mock';
import { readOpenAppointment, type OfficeLike } from '../../../src/host/office/readOpenAppointment';

const ENUMS = { RestVersion: { v2_0: 'v2.0' }, ItemType: { Appointment: 'appointment', Message: 'message' } };
// EWS ids use '/' and '+'; REST ids '-' and '_' (what convertToRestId does for v2.0).
const toRest = (id: string) => id.replace(/\//g, '-').replace(/\+/g, '_');

function office(item: Record<string, unknown> | undefined): OfficeLike {
  // host: 'outlook' makes properties readable without load()/sync(), as in Outlook's API.
  const mock = new OfficeMockObject({
    host: 'outlook',
    context: {
      mailbox: {
        item,
        convertToRestId: (id: string, version: string) => (version === 'v2.0' ? toRest(id) : id),
      },
    },
    MailboxEnums: ENUMS,
  });
  return mock as unknown as OfficeLike;
}

describe('readOpenAppointment', () => {
  it('an attendee’s meeting in read mode: the REST id of the item', async () => {
    const r = await readOpenAppointment(
      office({ itemType: 'appointment', itemId: 'AAMk/abc+def=', subject: 'Leadership weekly' }),
    );
    expect(r).toEqual({ ok: true, restId: 'AAMk-abc_def=', mode: 'attendee', subject: 'Leadership weekly' });
  });

  it('the organizer’s form: the id comes from getItemIdAsync once saved', async () => {
    const saved = {
      itemType: 'appointment',
      getItemIdAsync: (cb: (r: { status: string; value?: string }) => void) =>
        cb({ status: 'succeeded', value: 'AAMk/org' }),
    };
    expect(await readOpenAppointment(office(saved))).toMatchObject({
      ok: true,
      restId: 'AAMk-org',
      mode: 'organizer',
    });
    const unsaved = {
      itemType: 'appointment',
      getItemIdAsync: (cb: (r: { status: string; error?: { message: string } }) => void) =>
        cb({ status: 'failed', error: { message: 'not saved' } }),
    };
    expect(await readOpenAppointment(office(unsaved))).toMatchObject({ ok: false, code: 'Unsaved' });
  });

  it('explains a message, no item, and no mailbox', async () => {
    expect(await readOpenAppointment(office({ itemType: 'message', itemId: 'x' }))).toMatchObject({
      ok: false,
      code: 'NotAMeeting',
    });
    expect(await readOpenAppointment(office(undefined))).toMatchObject({ ok: false, code: 'NoItem' });
    const none = new OfficeMockObject({
      host: 'outlook',
      context: {},
      MailboxEnums: ENUMS,
    }) as unknown as OfficeLike;
    expect(await readOpenAppointment(none)).toMatchObject({ ok: false, code: 'NoMailbox' });
  });
});
