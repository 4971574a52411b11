// Just enough of a DOM for react-dom/client to mount, update and unmount a component tree and to deliver clicks, so a
// unit test can drive a view's behaviour (timers, saves, PendingWrites) without a browser. No jsdom or Testing
// Library is installed here (and none is wanted for the unit layer); real rendering, layout and axe stay in the e2e
// suite. Importing this module installs `window` and `document` globals: import it before react-dom/client, whose
// feature checks run when it loads.
//
// It is deliberately small: elements, text, attributes, styles, a tree, and events with capture and bubble phases
// (React listens on the root container and reads `target`). Fluent UI needs far more (griffel style sheets, tabster),
// so the tests that use this stub Fluent's components with plain elements.

type Listener = (event: FakeEvent) => void;

interface Registered {
  readonly listener: Listener;
  readonly capture: boolean;
}

export class FakeEvent {
  target: FakeNode | null = null;
  currentTarget: FakeNode | null = null;
  eventPhase = 0;
  defaultPrevented = false;
  readonly timeStamp = Date.now();
  readonly isTrusted = true;
  private stopped = false;
  constructor(
    readonly type: string,
    readonly bubbles = true,
    readonly cancelable = true,
  ) {}
  preventDefault(): void {
    if (this.cancelable) this.defaultPrevented = true;
  }
  stopPropagation(): void {
    this.stopped = true;
  }
  get propagationStopped(): boolean {
    return this.stopped;
  }
}

export class FakeNode {
  parentNode: FakeNode | null = null;
  readonly childNodes: FakeNode[] = [];
  private readonly listeners = new Map<string, Registered[]>();
  constructor(
    readonly nodeType: number,
    readonly nodeName: string,
    public ownerDocument: FakeDocument | null,
  ) {}

  get firstChild(): FakeNode | null {
    return this.childNodes[0] ?? null;
  }
  get lastChild(): FakeNode | null {
    return this.childNodes[this.childNodes.length - 1] ?? null;
  }
  get nextSibling(): FakeNode | null {
    const siblings = this.parentNode?.childNodes;
    if (!siblings) return null;
    return siblings[siblings.indexOf(this) + 1] ?? null;
  }
  get previousSibling(): FakeNode | null {
    const siblings = this.parentNode?.childNodes;
    if (!siblings) return null;
    return siblings[siblings.indexOf(this) - 1] ?? null;
  }
  get parentElement(): FakeNode | null {
    return this.parentNode?.nodeType === 1 ? this.parentNode : null;
  }

  appendChild<T extends FakeNode>(child: T): T {
    child.parentNode?.removeChild(child);
    this.childNodes.push(child);
    child.parentNode = this;
    return child;
  }
  insertBefore<T extends FakeNode>(child: T, before: FakeNode | null): T {
    if (!before) return this.appendChild(child);
    child.parentNode?.removeChild(child);
    const at = this.childNodes.indexOf(before);
    if (at < 0) throw new Error('insertBefore: the reference node is not a child');
    this.childNodes.splice(at, 0, child);
    child.parentNode = this;
    return child;
  }
  removeChild<T extends FakeNode>(child: T): T {
    const at = this.childNodes.indexOf(child);
    if (at < 0) throw new Error('removeChild: not a child');
    this.childNodes.splice(at, 1);
    child.parentNode = null;
    return child;
  }
  contains(other: FakeNode | null): boolean {
    for (let n = other; n; n = n.parentNode) if (n === this) return true;
    return false;
  }

  get textContent(): string {
    return this.childNodes.map((c) => c.textContent).join('');
  }
  set textContent(text: string) {
    for (const c of [...this.childNodes]) this.removeChild(c);
    if (text !== '' && this.ownerDocument) this.appendChild(this.ownerDocument.createTextNode(text));
  }

  addEventListener(type: string, listener: Listener, options?: boolean | { capture?: boolean }): void {
    const capture = typeof options === 'boolean' ? options : (options?.capture ?? false);
    const list = this.listeners.get(type) ?? [];
    if (!list.some((r) => r.listener === listener && r.capture === capture)) list.push({ listener, capture });
    this.listeners.set(type, list);
  }
  removeEventListener(type: string, listener: Listener, options?: boolean | { capture?: boolean }): void {
    const capture = typeof options === 'boolean' ? options : (options?.capture ?? false);
    const list = this.listeners.get(type) ?? [];
    this.listeners.set(
      type,
      list.filter((r) => !(r.listener === listener && r.capture === capture)),
    );
  }
  /** Capture from the top down to the target, then bubble back up, as the DOM does. */
  dispatchEvent(event: FakeEvent): boolean {
    event.target = this;
    const path: FakeNode[] = [this];
    for (let n = this.parentNode; n; n = n.parentNode) path.push(n);
    const run = (node: FakeNode, capture: boolean, phase: number) => {
      event.currentTarget = node;
      event.eventPhase = phase;
      for (const r of [...(node.listeners.get(event.type) ?? [])])
        if (r.capture === capture || phase === 2) r.listener.call(node, event);
    };
    for (const node of [...path].reverse().slice(0, -1)) {
      run(node, true, 1);
      if (event.propagationStopped) return !event.defaultPrevented;
    }
    run(this, true, 2);
    if (event.bubbles)
      for (const node of path.slice(1)) {
        if (event.propagationStopped) break;
        run(node, false, 3);
      }
    event.currentTarget = null;
    return !event.defaultPrevented;
  }
}

export class FakeText extends FakeNode {
  constructor(
    public data: string,
    doc: FakeDocument | null,
  ) {
    super(3, '#text', doc);
  }
  get nodeValue(): string {
    return this.data;
  }
  set nodeValue(v: string) {
    this.data = v;
  }
  override get textContent(): string {
    return this.data;
  }
  override set textContent(v: string) {
    this.data = v;
  }
}

export class FakeElement extends FakeNode {
  readonly attributes = new Map<string, string>();
  readonly style: Record<string, unknown> & {
    setProperty(name: string, value: string): void;
    removeProperty(name: string): void;
  };
  readonly tagName: string;
  constructor(
    tag: string,
    doc: FakeDocument | null,
    readonly namespaceURI = 'http://www.w3.org/1999/xhtml',
  ) {
    super(1, tag.toUpperCase(), doc);
    this.tagName = tag.toUpperCase();
    const style: Record<string, unknown> = {};
    this.style = Object.assign(style, {
      setProperty: (name: string, value: string) => void (style[name] = value),
      removeProperty: (name: string) => void delete style[name],
    });
  }
  setAttribute(name: string, value: unknown): void {
    this.attributes.set(name.toLowerCase(), String(value));
  }
  setAttributeNS(_ns: string | null, name: string, value: unknown): void {
    this.setAttribute(name, value);
  }
  getAttribute(name: string): string | null {
    return this.attributes.get(name.toLowerCase()) ?? null;
  }
  hasAttribute(name: string): boolean {
    return this.attributes.has(name.toLowerCase());
  }
  removeAttribute(name: string): void {
    this.attributes.delete(name.toLowerCase());
  }
  removeAttributeNS(_ns: string | null, name: string): void {
    this.removeAttribute(name);
  }
  focus(): void {
    if (this.ownerDocument) this.ownerDocument.activeElement = this;
  }
  blur(): void {
    if (this.ownerDocument?.activeElement === this)
      this.ownerDocument.activeElement = this.ownerDocument.body;
  }
  /** Every element below this one (not itself), depth first. */
  descendants(): FakeElement[] {
    const out: FakeElement[] = [];
    const walk = (n: FakeNode) => {
      for (const c of n.childNodes)
        if (c instanceof FakeElement) {
          out.push(c);
          walk(c);
        }
    };
    walk(this);
    return out;
  }
  /** A click as a user makes it: the event starts at this element and bubbles to React's root listener. */
  click(): void {
    this.dispatchEvent(new FakeEvent('click'));
  }
}

export class FakeDocument extends FakeNode {
  readonly documentElement: FakeElement;
  readonly head: FakeElement;
  readonly body: FakeElement;
  activeElement: FakeElement;
  defaultView: unknown = undefined;
  /** Hidden unless a test shows the page: a hidden page's views don't poll (useAgenda's live loop). */
  visibilityState: 'visible' | 'hidden' = 'hidden';
  focused = false;
  hasFocus(): boolean {
    return this.focused;
  }
  constructor() {
    super(9, '#document', null);
    this.ownerDocument = null;
    this.documentElement = new FakeElement('html', this);
    this.head = new FakeElement('head', this);
    this.body = new FakeElement('body', this);
    this.appendChild(this.documentElement);
    this.documentElement.appendChild(this.head);
    this.documentElement.appendChild(this.body);
    this.activeElement = this.body;
  }
  createElement(tag: string): FakeElement {
    return new FakeElement(tag, this);
  }
  createElementNS(ns: string, tag: string): FakeElement {
    return new FakeElement(tag, this, ns);
  }
  createTextNode(text: string): FakeText {
    return new FakeText(text, this);
  }
  createComment(text: string): FakeNode {
    const c = new FakeText(text, this);
    Object.defineProperty(c, 'nodeType', { value: 8 });
    return c;
  }
}

export const fakeDocument = new FakeDocument();

/** window for the code under test: timers go to whatever setTimeout is current (jest's fake timers included). */
const fakeWindow = {
  document: fakeDocument,
  HTMLIFrameElement: class HTMLIFrameElement {},
  event: undefined,
  // Distinct from `self`, so react-dom's "install React DevTools" notice (which reads navigator) stays quiet.
  top: null,
  location: { protocol: 'about:', href: 'about:blank' },
  setTimeout: (fn: () => void, ms?: number) => globalThis.setTimeout(fn, ms),
  clearTimeout: (id: ReturnType<typeof setTimeout> | undefined) => globalThis.clearTimeout(id),
  setInterval: (fn: () => void, ms?: number) => globalThis.setInterval(fn, ms),
  clearInterval: (id: ReturnType<typeof setInterval> | undefined) => globalThis.clearInterval(id),
  addEventListener: () => undefined,
  removeEventListener: () => undefined,
};
Object.assign(fakeWindow, { self: fakeWindow });
fakeDocument.defaultView = fakeWindow;

const g = globalThis as Record<string, unknown>;
g['window'] = fakeWindow;
g['document'] = fakeDocument;
// React's act() warns unless the environment says it is a test.
g['IS_REACT_ACT_ENVIRONMENT'] = true;
