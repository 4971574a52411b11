// How the Agenda area saves the user's dots (DESIGN.md "Clear errors": nothing the user did is lost): autosave,
// PendingWrites flushing before the view goes away, and what the status line says after a failed save. These are
// behaviours, so the component is mounted (react-dom/client on a minimal DOM, installFakeDom) and clicked; Fluent's
// components are stubbed with plain elements, since only AgendaArea's own logic is under test. The real rendering is
// checked by AgendaArea.test.tsx (server markup) and the e2e suite.
import '../installFakeDom';
import { act, useCallback, useMemo, useRef, useState } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import type { Actor } from '../../../../src/domain/agenda/agendaTypes';
import { err, ok, type Result } from '../../../../src/domain/result';
import { applyIntent } from '../../../../src/domain/series/applyIntent';
import type { SeriesIntent } from '../../../../src/domain/series/seriesIntent';
import { createPendingWrites, type PendingWrites } from '../../../../src/app/pending/createPendingWrites';
import { PendingWritesContext } from '../../../../src/app/pending/PendingWritesContext';
import { AgendaArea } from '../../../../src/app/views/agenda/AgendaArea';
import type { AgendaContext } from '../../../../src/usecases/agenda/openAgenda';
import type { ChangeFailure } from '../../../../src/usecases/series/changeSeries';
import { fakeDocument, type FakeElement } from '../installFakeDom';
import { ben, contextFor, cy, emptyDoc, OCC, propose, topic, vote } from './agendaFixture';

jest.mock('@fluentui/react-components', () => {
  const React = jest.requireActual('react') as {
    createElement: (type: string, props: Record<string, unknown>, children?: unknown) => unknown;
    useId: () => string;
  };
  const tagOf: Record<string, string> = { Button: 'button', Subtitle1: 'h2', Subtitle2: 'h3' };
  // Only what a DOM element takes; Fluent's own props (appearance, icon, intent…) are dropped.
  // disabledFocusable becomes aria-disabled, as Fluent renders it (the button stays focusable).
  const domProps = (props: Record<string, unknown>) => ({
    ...Object.fromEntries(
      Object.entries(props).filter(
        ([k]) => k.startsWith('aria-') || ['role', 'id', 'disabled', 'onClick'].includes(k),
      ),
    ),
    ...(props['disabledFocusable'] === true ? { 'aria-disabled': 'true' } : {}),
  });
  const components = new Map<string, unknown>();
  const component = (name: string) => {
    const Stub = ({ children, as, ...props }: Record<string, unknown>) =>
      React.createElement(typeof as === 'string' ? as : (tagOf[name] ?? 'div'), domProps(props), children);
    Stub.displayName = name;
    return Stub;
  };
  const blank = new Proxy({}, { get: () => '' });
  return new Proxy(
    {},
    {
      get: (_target, key) => {
        if (key === '__esModule') return true;
        if (typeof key !== 'string') return undefined;
        if (key === 'makeStyles') return () => () => blank;
        if (key === 'mergeClasses') return (...c: unknown[]) => c.filter(Boolean).join(' ');
        if (key === 'tokens') return blank;
        if (key === 'useId') return (prefix = 'id') => `${prefix}${React.useId()}`;
        // Other Fluent hooks (arrow-key navigation) give attributes for an element: none here.
        if (key.startsWith('use')) return () => ({});
        if (!components.has(key)) components.set(key, component(key));
        return components.get(key);
      },
    },
  );
});
jest.mock(
  '@fluentui/react-icons',
  () => new Proxy({}, { get: (_target, key) => (key === '__esModule' ? true : () => null) }),
);

type Answer = Result<void, ChangeFailure>;
interface Call {
  readonly intent: SeriesIntent;
  readonly answer: (r: Answer) => void;
}

const outage: ChangeFailure = {
  source: 'store',
  failure: { kind: 'unavailable', status: 503, message: 'Service Unavailable' },
};

/**
 * AgendaArea with a dispatch like useAgenda's: each write waits for the test to answer it; an ok answer applies the
 * intent with the real rules and shows the stored result, as the store's answer would.
 */
function mount(initial: AgendaContext, actor: Actor) {
  const calls: Call[] = [];
  const pending: PendingWrites = createPendingWrites();
  function Harness() {
    const [ctx, setCtx] = useState(initial);
    const latest = useRef(ctx);
    latest.current = ctx;
    const dispatch = useCallback(async (intent: SeriesIntent): Promise<Answer> => {
      const r = await new Promise<Answer>((answer) => calls.push({ intent, answer }));
      if (!r.ok) return r;
      const stored = latest.current.stored;
      if (!stored) throw new Error('no document');
      const applied = applyIntent(stored.doc, intent, actor, 99_000 + calls.length);
      if (!applied.ok) return err({ source: 'rules', error: applied.failure });
      setCtx((c) => ({ ...c, stored: { ...stored, doc: applied.value } }));
      return ok(undefined);
    }, []);
    const request = useMemo(
      () => ({ dispatch, link: async () => ok(undefined), newId: () => 'id-1' }),
      [dispatch],
    );
    return <AgendaArea ctx={ctx} request={request} actor={actor} />;
  }
  const container = fakeDocument.createElement('div');
  fakeDocument.body.appendChild(container);
  let root: Root | undefined;
  act(() => {
    root = createRoot(container as unknown as Element);
    root.render(
      <PendingWritesContext.Provider value={pending}>
        <Harness />
      </PendingWritesContext.Provider>,
    );
  });

  const buttons = () => container.descendants().filter((e) => e.tagName === 'BUTTON');
  const button = (name: string): FakeElement => {
    const b = buttons().find((e) => e.getAttribute('aria-label') === name || e.textContent === name);
    if (!b)
      throw new Error(
        `no button "${name}" in: ${buttons()
          .map((e) => e.textContent)
          .join(' | ')}`,
      );
    return b;
  };
  return {
    calls,
    pending,
    text: () => container.textContent,
    button,
    click: (name: string) => act(() => button(name).click()),
    /** Answers the n-th write and lets React show the outcome. */
    answer: async (n: number, r: Answer) => {
      const call = calls[n];
      if (!call) throw new Error(`no write #${n}; ${calls.length} so far`);
      await act(async () => call.answer(r));
    },
    advance: (ms: number) => act(async () => void jest.advanceTimersByTime(ms)),
    unmount: () => act(() => root?.unmount()),
  };
}

const doc = () => {
  let d = propose(emptyDoc(), 'a', ben, topic('Hiring plan'));
  d = propose(d, 'b', cy, topic('Budget'));
  return vote(d, cy, { b: 1 });
};

beforeEach(() => jest.useFakeTimers({ doNotFake: ['setImmediate', 'nextTick', 'queueMicrotask'] }));
afterEach(() => jest.useRealTimers());

describe('AgendaArea: saving dots', () => {
  it('saves clicked dots by itself a moment after the last click', async () => {
    const ui = mount(contextFor(doc(), ben), ben);
    ui.click('Add a dot to Budget');
    ui.click('Add a dot to Budget');
    expect(ui.text()).toContain('Unsaved changes: saving in a moment');
    await ui.advance(1_499);
    expect(ui.calls).toHaveLength(0);
    await ui.advance(1);
    expect(ui.calls.map((c) => c.intent)).toEqual([{ kind: 'castBallot', occurrence: OCC, dots: { b: 2 } }]);
    await ui.answer(0, ok(undefined));
    expect(ui.text()).toContain('Your dots are saved.');
    expect(ui.text()).toContain('2 dots');
    ui.unmount();
  });

  it('leaving right after a click: the shell flushes PendingWrites, castBallot goes out with the dots, then it unmounts', async () => {
    const ui = mount(contextFor(doc(), ben), ben);
    ui.click('Add a dot to Hiring plan');
    ui.click('Add a dot to Budget');
    expect(ui.pending.hasPending()).toBe(true);

    // What MyMeetingsApp's guard does on Back or on switching person: flush, wait, then take the view away.
    let unsaved: readonly string[] | undefined;
    await act(async () => {
      void ui.pending.flushAll().then((u) => (unsaved = u));
    });
    expect(ui.calls.map((c) => c.intent)).toEqual([
      { kind: 'castBallot', occurrence: OCC, dots: { a: 1, b: 1 } },
    ]);
    expect(ui.pending.hasPending()).toBe(true);
    await ui.answer(0, ok(undefined));
    expect(unsaved).toEqual([]);
    expect(ui.pending.hasPending()).toBe(false);
    ui.unmount();

    // The autosave that was due is gone with the view: no second write.
    await ui.advance(10_000);
    expect(ui.calls).toHaveLength(1);
    expect(ui.pending.hasPending()).toBe(false);
  });

  it('a failed save says the dots are not saved, offers "Try again", keeps the dots, and promises no autosave', async () => {
    const ui = mount(contextFor(doc(), ben), ben);
    ui.click('Add a dot to Budget');
    ui.click('Add a dot to Budget');
    await ui.advance(1_500);
    await ui.answer(0, err(outage));

    expect(ui.text()).toContain('Your dots are not saved yet. They are kept here: try again.');
    expect(ui.button('Try again').getAttribute('aria-disabled')).not.toBe('true');
    expect(ui.text()).toContain('2 dots');
    expect(ui.text()).toContain('Dots left: 1 of 3');
    expect(ui.text()).not.toMatch(/saving in a moment|saving automatically/i);
    // It does not retry behind the user's back, so it doesn't say it will.
    await ui.advance(60_000);
    expect(ui.calls).toHaveLength(1);

    // Another click after the failure: still not saved, still no promise of an automatic save.
    ui.click('Remove a dot from Budget');
    expect(ui.text()).toContain('1 dot');
    expect(ui.text()).toContain('Your dots are not saved yet.');
    expect(ui.text()).not.toMatch(/saving in a moment|saving automatically/i);
    await ui.advance(60_000);
    expect(ui.calls).toHaveLength(1);

    // Try again sends what is on screen now.
    ui.click('Try again');
    expect(ui.calls[1]?.intent).toEqual({ kind: 'castBallot', occurrence: OCC, dots: { b: 1 } });
    await ui.answer(1, ok(undefined));
    expect(ui.text()).toContain('Your dots are saved.');
    ui.unmount();
  });

  it('after a failed save, undoing the clicks back to what is stored claims nothing unsaved', async () => {
    const ui = mount(contextFor(doc(), ben), ben);
    ui.click('Add a dot to Budget');
    await ui.advance(1_500);
    await ui.answer(0, err(outage));
    expect(ui.text()).toContain('Your dots are not saved yet.');

    // Back to the stored ballot (no dots): there is nothing left to save, and nothing is pending.
    ui.click('Remove a dot from Budget');
    expect(ui.pending.hasPending()).toBe(false);
    // So the status line must not say the dots are unsaved and ask for a retry, next to a "Try again" that is
    // disabled because there is nothing to send (a leave guard would not ask either: it finds nothing pending).
    expect(ui.text()).not.toContain('Your dots are not saved yet');
    // aria-disabled, and still focusable: a keyboard user's focus doesn't fall to <body> when it turns off.
    expect(ui.button('Save my votes').getAttribute('aria-disabled')).toBe('true');
    ui.unmount();
  });

  it('a flush that fails reports "your dots" as unsaved and keeps them on screen', async () => {
    const ui = mount(contextFor(doc(), ben), ben);
    ui.click('Add a dot to Hiring plan');
    let unsaved: readonly string[] | undefined;
    await act(async () => {
      void ui.pending.flushAll().then((u) => (unsaved = u));
    });
    await ui.answer(0, err(outage));
    expect(unsaved).toEqual(['your dots']);
    expect(ui.pending.hasPending()).toBe(true);
    expect(ui.text()).toContain('1 dot');
    expect(ui.text()).toContain('Your dots are not saved yet.');
    ui.unmount();
  });

  it('a save still on its way after 3 s says so, and the dots stay until it lands', async () => {
    const ui = mount(contextFor(doc(), ben), ben);
    ui.click('Add a dot to Budget');
    await ui.advance(1_500);
    expect(ui.text()).toContain('Saving your dots…');
    await ui.advance(3_000);
    expect(ui.text()).toContain('Still saving: Microsoft 365 is slow to answer.');
    expect(ui.text()).toContain('1 dot');
    await ui.answer(0, ok(undefined));
    expect(ui.text()).toContain('Your dots are saved.');
    ui.unmount();
  });

  it('clicks made while a save is on their way are saved next, not dropped', async () => {
    const ui = mount(contextFor(doc(), ben), ben);
    ui.click('Add a dot to Budget');
    await ui.advance(1_500);
    ui.click('Add a dot to Hiring plan');
    await ui.answer(0, ok(undefined));
    expect(ui.text()).toContain('Unsaved changes: saving in a moment');
    await ui.advance(1_500);
    expect(ui.calls.map((c) => c.intent)).toEqual([
      { kind: 'castBallot', occurrence: OCC, dots: { b: 1 } },
      { kind: 'castBallot', occurrence: OCC, dots: { a: 1, b: 1 } },
    ]);
    await ui.answer(1, ok(undefined));
    expect(ui.text()).toContain('Your dots are saved.');
    expect(ui.pending.hasPending()).toBe(false);
    ui.unmount();
  });
});
