// The notes UI's behaviour (the side panel's PanelNotes and the ItemNotes it shares with the meeting view): the
// conflict shown and resolved, a failed save keeping the draft, a draft outliving the timekeeper's "Next", and
// readers who can't write. Mounted like AgendaAreaSaving.test.tsx: react-dom on the minimal DOM, Fluent stubbed.
import '../installFakeDom';
import { act, useCallback, useMemo, useRef, useState } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import type { Actor } from '../../../../src/domain/agenda/agendaTypes';
import { notesOf } from '../../../../src/domain/notes/notesOf';
import { err, ok, type Result } from '../../../../src/domain/result';
import { applyIntent } from '../../../../src/domain/series/applyIntent';
import type { SeriesDocument } from '../../../../src/domain/series/seriesDocument';
import type { SeriesIntent } from '../../../../src/domain/series/seriesIntent';
import { createPendingWrites, type PendingWrites } from '../../../../src/app/pending/createPendingWrites';
import { PendingWritesContext } from '../../../../src/app/pending/PendingWritesContext';
import type { AgendaRequest } from '../../../../src/app/hooks/useAgenda';
import { PanelNotes } from '../../../../src/app/views/notes/PanelNotes';
import type { StoredSeries } from '../../../../src/usecases/ports';
import type { AgendaContext } from '../../../../src/usecases/agenda/openAgenda';
import type { ChangeFailure } from '../../../../src/usecases/series/changeSeries';
import { fakeDocument } from '../installFakeDom';
import {
  act as apply,
  adele,
  ben,
  close,
  contextFor,
  emptyDoc,
  OCC,
  person,
  propose,
  vote,
} from '../agenda/agendaFixture';

let mockType: ((value: string) => void) | undefined;
jest.mock('@fluentui/react-components', () => {
  const React = jest.requireActual('react') as {
    createElement: (type: string, props: Record<string, unknown>, children?: unknown) => unknown;
  };
  const tagOf: Record<string, string> = { Button: 'button', Subtitle2: 'h3' };
  const domProps = (props: Record<string, unknown>) =>
    Object.fromEntries(
      Object.entries(props).filter(
        ([k]) => k.startsWith('aria-') || ['role', 'id', 'disabled', 'onClick'].includes(k),
      ),
    );
  const components = new Map<string, unknown>();
  const component = (name: string) => {
    const Stub = ({ children, as, ...props }: Record<string, unknown>) => {
      if (name === 'Textarea') {
        // The editor: its value is shown as text, and the test types through mockType.
        const onChange = props['onChange'] as (e: unknown, d: { value: string }) => void;
        mockType = (value) => onChange({}, { value });
        return React.createElement('div', { role: 'textbox' }, `[editor:${String(props['value'])}]`);
      }
      return React.createElement(
        typeof as === 'string' ? as : (tagOf[name] ?? 'div'),
        domProps(props),
        children,
      );
    };
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
        if (key === 'tokens') return blank;
        if (!components.has(key)) components.set(key, component(key));
        return components.get(key);
      },
    },
  );
});

type Answer = Result<void, ChangeFailure>;
const outage: ChangeFailure = {
  source: 'store',
  failure: { kind: 'unavailable', status: 503, message: 'Service Unavailable' },
};
const nia = person('nia', { isNoteTaker: true, name: 'Nia' });

function mount(doc: SeriesDocument, actor: Actor, firstItem: string) {
  const calls: { intent: SeriesIntent; answer: (r: Answer) => void }[] = [];
  const pending: PendingWrites = createPendingWrites();
  let show: (item: string) => void = () => undefined;
  function Harness() {
    const [ctx, setCtx] = useState(() => contextFor(doc, actor) as AgendaContext & { stored: StoredSeries });
    const [item, setItem] = useState(firstItem);
    show = setItem;
    const latest = useRef(ctx);
    latest.current = ctx;
    const dispatch = useCallback(async (intent: SeriesIntent): Promise<Answer> => {
      const r = await new Promise<Answer>((answer) => calls.push({ intent, answer }));
      if (!r.ok) return r;
      const applied = applyIntent(latest.current.stored.doc, intent, actor, 99_000 + calls.length);
      if (!applied.ok) return err({ source: 'rules', error: applied.failure });
      setCtx((c) => ({ ...c, stored: { ...c.stored, doc: applied.value } }));
      return ok(undefined);
    }, []);
    const request = useMemo(() => ({ dispatch }) as unknown as AgendaRequest, [dispatch]);
    return <PanelNotes ctx={ctx} request={request} actor={actor} itemId={item} />;
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
  return {
    calls,
    pending,
    text: () => container.textContent,
    buttonNames: () => buttons().map((b) => b.textContent),
    click: (name: string) =>
      act(() => {
        const b = buttons().find((e) => e.textContent === name);
        if (!b)
          throw new Error(
            `no button "${name}" in ${buttons()
              .map((e) => e.textContent)
              .join(' | ')}`,
          );
        b.click();
      }),
    type: (value: string) => act(() => mockType?.(value)),
    show: (item: string) => act(() => show(item)),
    answer: async (n: number, r: Answer) => {
      await act(async () => calls[n]!.answer(r));
    },
    unmount: () => act(() => root?.unmount()),
  };
}

/** OCC closed with topic A as a boulder; Ben invited to write notes. */
const closedDoc = () => {
  const d = vote(propose(emptyDoc(), 'A', ben), ben, { A: 1 });
  return apply(close(d), nia, {
    kind: 'setNoteWriter',
    occurrence: OCC,
    person: ben.id,
    name: 'Ben',
    invited: true,
  });
};
const write = (d: SeriesDocument, who: Actor, text: string, basedOn: readonly string[] = []) =>
  apply(d, who, { kind: 'writeNotes', occurrence: OCC, itemId: 'A', text, basedOn });

describe('notes in the side panel', () => {
  it('shows two versions saved at once, and "Keep" replaces both with the one kept', async () => {
    const base = write(closedDoc(), nia, 'v0');
    const v0 = notesOf(base, OCC, 'A').map((v) => v.id);
    const conflicted = write(write(base, nia, 'Nia: ship Friday', v0), ben, 'Ben: ship Monday', v0);
    const ui = mount(conflicted, nia, 'A');
    expect(ui.text()).toContain('Two versions — keep one or combine');
    expect(ui.text()).toContain('Nia: ship Friday');
    expect(ui.text()).toContain('Ben: ship Monday');
    ui.click('Keep version 2');
    const ids = notesOf(conflicted, OCC, 'A').map((v) => v.id);
    expect(ui.calls[0]?.intent).toEqual({
      kind: 'writeNotes',
      occurrence: OCC,
      itemId: 'A',
      text: 'Ben: ship Monday',
      basedOn: ids,
    });
    await ui.answer(0, ok(undefined));
    expect(ui.text()).not.toContain('Two versions');
    expect(ui.text()).not.toContain('Nia: ship Friday');
    expect(ui.text()).toContain('Ben: ship Monday');
    ui.unmount();
  });

  it('"Combine" opens the editor with both texts, and its save names both versions', async () => {
    const base = write(closedDoc(), nia, 'v0');
    const v0 = notesOf(base, OCC, 'A').map((v) => v.id);
    const conflicted = write(write(base, nia, 'one', v0), ben, 'two', v0);
    const ui = mount(conflicted, ben, 'A');
    ui.click('Combine');
    expect(ui.text()).toContain('[editor:one\n\ntwo]');
    ui.type('one and two');
    ui.click('Save notes');
    expect(ui.calls[0]?.intent).toMatchObject({
      text: 'one and two',
      basedOn: notesOf(conflicted, OCC, 'A').map((v) => v.id),
    });
    await ui.answer(0, ok(undefined));
    expect(ui.text()).toContain('one and two');
    expect(ui.text()).not.toContain('versions');
    ui.unmount();
  });

  it('a failed save keeps the draft and says so; Try again by saving again', async () => {
    const ui = mount(closedDoc(), nia, 'A');
    ui.click('Write notes');
    ui.type('- decided: yes');
    expect(ui.pending.hasPending()).toBe(true);
    ui.click('Save notes');
    await ui.answer(0, err(outage));
    expect(ui.text()).toContain('[editor:- decided: yes]');
    expect(ui.text()).toContain('Nothing you entered was lost.');
    expect(ui.pending.hasPending()).toBe(true);
    ui.click('Save notes');
    await ui.answer(1, ok(undefined));
    expect(ui.text()).not.toContain('[editor:');
    expect(ui.text()).toContain('decided: yes');
    expect(ui.pending.hasPending()).toBe(false);
    ui.unmount();
  });

  it('a draft stays on screen when the running item moves on', async () => {
    const ui = mount(closedDoc(), nia, 'A');
    ui.click('Write notes');
    ui.type('half a thought');
    ui.show('wrap-up');
    expect(ui.text()).toContain('[editor:half a thought]');
    expect(ui.text()).toContain('Wrap-up');
    ui.unmount();
  });

  it('an attendee who wasn’t invited reads the notes and has nothing to edit', () => {
    const cy = person('cy');
    const ui = mount(write(closedDoc(), nia, '1. first\n2. second'), cy, 'A');
    expect(ui.text()).toContain('first');
    expect(ui.text()).toContain('by Nia');
    expect(ui.buttonNames()).toEqual([]);
    ui.unmount();
  });

  it('the organizer may write', () => {
    const ui = mount(closedDoc(), adele, 'A');
    expect(ui.buttonNames()).toEqual(['Write notes']);
    ui.unmount();
  });
});
