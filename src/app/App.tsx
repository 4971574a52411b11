import {
  Button,
  FluentProvider,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  teamsDarkTheme,
  teamsHighContrastTheme,
  teamsLightTheme,
  tokens,
} from '@fluentui/react-components';
import type { Theme } from '@fluentui/react-components';
import { lazy, Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import type { Host, HostSession, HostTheme } from '../host/hostTypes';
import type { LoadServices } from './AppServices';
import type { DemoCapability } from './DemoCapability';
import { deriveMeetingsViewState } from './hooks/deriveMeetingsViewState';
import { useHostLoadSignal } from './hooks/useHostLoadSignal';
import { useHostTheme } from './hooks/useHostTheme';
import { useMyMeetings } from './hooks/useMyMeetings';
import { openedMeetingOf, resolveOpenMeeting } from './hooks/resolveOpenMeeting';
import { LIST_ROUTE } from './navigation/meetingRoute';
import type { MeetingStep } from './navigation/meetingStep';
import { useMeetingRoute } from './navigation/useMeetingRoute';
import { MyMeetingsView } from './views/MyMeetingsView';
import { NoHostNotice } from './views/NoHostNotice';
import { createPendingWrites } from './pending/createPendingWrites';
import { PendingWritesContext, useUnloadGuard } from './pending/PendingWritesContext';
import { PendingWritesProvider } from './pending/PendingWritesProvider';
import { shellMessages } from './i18n/en-US/shell';

// The meeting view (agenda, dialogs, spin buttons…) is its own chunk: My meetings' first render must not wait for
// it, and the tab's initial JS stays within its 150 KB gzip budget (DESIGN.md "Speed").
const MeetingView = lazy(() =>
  import(/* webpackChunkName: "meeting-view" */ './views/MeetingView').then((m) => ({
    default: m.MeetingView,
  })),
);

// Only the demo shows the banner (a tab in a real tenant never does), so it and Fluent's Select it needs are a chunk of
// their own rather than part of every tab's initial JS.
const DemoBanner = lazy(() =>
  import(/* webpackChunkName: "demo-banner" */ './components/DemoBanner').then((m) => ({
    default: m.DemoBanner,
  })),
);

// A channel meeting's tab says only that channel meetings aren't supported yet: its own chunk, so that notice and
// its words (the inMeeting area) stay out of every other tab's initial JS.
const ChannelMeetingNotice = lazy(() =>
  import(/* webpackChunkName: "channel-meeting" */ './views/inMeeting/ChannelMeetingNotice').then((m) => ({
    default: m.ChannelMeetingNotice,
  })),
);

const THEMES: Readonly<Record<HostTheme, Theme>> = {
  light: teamsLightTheme,
  dark: teamsDarkTheme,
  contrast: teamsHighContrastTheme,
};

const useStyles = makeStyles({
  // On a wrapper, never on FluentProvider: Fluent copies the provider's className onto its portal layer (menus,
  // listboxes, dialogs), which is absolutely placed over the page; a min-height and background there covered the top
  // of the page with a grey sheet that swallowed clicks while a picker was open.
  provider: { minHeight: '100vh', backgroundColor: tokens.colorNeutralBackground2 },
  main: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalL,
    maxWidth: '60rem',
    marginInline: 'auto',
    padding: `${tokens.spacingVerticalXL} ${tokens.spacingHorizontalXL}`,
  },
  // The meeting side panel is 320 px wide: small padding, nothing wider than the panel.
  panel: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    maxWidth: '100%',
    boxSizing: 'border-box',
  },
});

const systemClock = (): Date => new Date();

export interface AppProps {
  readonly host: Host;
  readonly loadServices: LoadServices;
  /** The user's IANA time zone: the list's window, day grouping and times all use it. */
  readonly timeZone: string;
  readonly clock?: () => Date;
  /** Present only when the composition root offers a demo tenant; it may be supplied on a later render. */
  readonly demo?: DemoCapability;
}

/** Let the first render and its notifySuccess settle before the badge pass starts its requests. */
const BADGE_DELAY_MS = 1000;

// Inside a Teams meeting (details tab, chat tab, side panel, stage) the tab shows that meeting, not the list.
const InMeetingApp = lazy(() =>
  import(/* webpackChunkName: "in-meeting" */ './views/inMeeting/InMeetingApp').then((m) => ({
    default: function InMeetingByChat(props: {
      host: Host;
      loadServices: LoadServices;
      timeZone: string;
      chatId: string;
      frameContext: string;
    }) {
      const locate = useMemo(
        () => m.locateByChat(props.chatId, props.timeZone),
        [props.chatId, props.timeZone],
      );
      return <m.InMeetingApp {...props} locate={locate} />;
    },
  })),
);

/** Which app a session gets: a meeting (found by its chat), a channel meeting (no chat id), or the list. */
export function appKindFor(session: HostSession): 'inMeeting' | 'channelMeeting' | 'myMeetings' {
  if (session.kind !== 'hosted') return 'myMeetings';
  if (session.chatId) return 'inMeeting';
  // A channel meeting's tab has meeting.id and channel.id but no chat.id (TeamsJS app.Context).
  return session.meetingId && session.channelId ? 'channelMeeting' : 'myMeetings';
}

export function App(props: AppProps) {
  const session = props.host.session;
  const kind = appKindFor(session);
  if (kind === 'inMeeting' && session.kind === 'hosted' && session.chatId) {
    return <InMeetingShell {...props} chatId={session.chatId} frameContext={session.frameContext} />;
  }
  if (kind === 'channelMeeting' && session.kind === 'hosted') return <ChannelMeetingShell {...props} />;
  return <MyMeetingsApp {...props} />;
}

function ChannelMeetingShell({ host }: AppProps) {
  const theme = useHostTheme(host);
  const styles = useStyles();
  const frameContext = host.session.kind === 'hosted' ? host.session.frameContext : 'content';
  return (
    <FluentProvider theme={THEMES[theme]} data-theme={theme}>
      <div className={styles.provider}>
        <main className={frameContext === 'sidePanel' ? styles.panel : styles.main}>
          <Suspense fallback={<Spinner label={shellMessages.openingRoundtable} />}>
            <ChannelMeetingNotice host={host} />
          </Suspense>
        </main>
      </div>
    </FluentProvider>
  );
}

function InMeetingShell({
  host,
  loadServices,
  timeZone,
  chatId,
  frameContext,
}: AppProps & { readonly chatId: string; readonly frameContext: string }) {
  const theme = useHostTheme(host);
  const styles = useStyles();
  return (
    <FluentProvider theme={THEMES[theme]} data-theme={theme}>
      <div className={styles.provider}>
        <PendingWritesProvider>
          <main className={frameContext === 'sidePanel' ? styles.panel : styles.main}>
            <Suspense fallback={<Spinner label={shellMessages.openingRoundtable} />}>
              <InMeetingApp
                host={host}
                loadServices={loadServices}
                timeZone={timeZone}
                chatId={chatId}
                frameContext={frameContext}
              />
            </Suspense>
          </main>
        </PendingWritesProvider>
      </div>
    </FluentProvider>
  );
}

function MyMeetingsApp({ host, loadServices, timeZone, clock = systemClock, demo }: AppProps) {
  const theme = useHostTheme(host);
  const styles = useStyles();
  const words = shellMessages;
  // The demo capability may arrive after the first render (its tenant list loads with the lazy chunk).
  const [selectedUser, setSelectedUser] = useState<string>();
  const viewAs = selectedUser ?? demo?.currentUser;
  // Keyed on an explicit switch only: the demo capability arriving later names the user the first read already used.
  const request = useMyMeetings(loadServices, timeZone, clock, selectedUser);

  const session = host.session;
  const myEmail = viewAs ?? (session.kind === 'hosted' ? session.user.userPrincipalName : undefined);
  const state = useMemo(
    () =>
      deriveMeetingsViewState({
        loading: request.loading,
        ...(request.outcome ? { outcome: request.outcome } : {}),
        now: request.now,
        locale: session.locale,
        timeZone,
        ...(myEmail ? { myEmail } : {}),
      }),
    [request.loading, request.outcome, request.now, session.locale, timeZone, myEmail],
  );
  useHostLoadSignal(host, state);
  const pastState = useMemo(
    () =>
      request.past
        ? deriveMeetingsViewState({
            loading: request.past.loading,
            ...(request.past.outcome ? { outcome: request.past.outcome } : {}),
            now: request.now,
            locale: session.locale,
            timeZone,
            ...(myEmail ? { myEmail } : {}),
          })
        : undefined,
    [request.past, request.now, session.locale, timeZone, myEmail],
  );

  const upcoming = request.outcome?.ok ? request.outcome.value : undefined;
  // Earlier meetings, once shown, can be opened too (their agenda, decisions and notes stay readable).
  const meetings = useMemo(() => {
    const earlier = request.past?.outcome?.ok ? request.past.outcome.value : [];
    if (!upcoming) return undefined;
    const ids = new Set(upcoming.map((m) => m.id));
    return [...upcoming, ...earlier.filter((m) => !ids.has(m.id))];
  }, [upcoming, request.past]);
  // Leaving a meeting (Back, another person) saves what the user did there first, or asks (PendingWrites).
  const pending = useMemo(() => createPendingWrites(), []);
  useUnloadGuard(pending);
  const [leaving, setLeaving] = useState<Leaving>();
  const guard = useCallback(
    async (proceed: () => void, stay?: () => void) => {
      if (!pending.hasPending()) return proceed();
      setLeaving({ kind: 'saving' });
      const unsaved = await pending.flushAll();
      if (unsaved.length === 0) {
        setLeaving(undefined);
        proceed();
      } else setLeaving({ kind: 'unsaved', what: unsaved, proceed, ...(stay ? { stay } : {}) });
    },
    [pending],
  );
  // Which meeting is open (by iCalUId: it survives a "view as" switch, where event ids change with the mailbox) and
  // at which step: in the URL, so Back, Forward and links work; a Teams deep link's subPageId names where to start.
  const {
    route,
    navigate,
    back: historyBack,
  } = useMeetingRoute(
    host.session.kind === 'hosted' ? host.session.subPageId : undefined,
    useCallback((proceed: () => void, stay: () => void) => void guard(proceed, stay), [guard]),
  );
  const opened = route.opened;
  const open = useCallback(
    (id: string) => {
      const m = meetings?.find((x) => x.id === id);
      if (m) navigate({ opened: openedMeetingOf(m) });
    },
    [meetings, navigate],
  );
  const back = useCallback(() => void guard(() => navigate(LIST_ROUTE)), [guard, navigate]);
  // Teams mobile's back button walks the app's steps and meetings first, like the browser's Back.
  useEffect(() => host.onBackButton?.(historyBack), [host, historyBack]);
  const showStep = useCallback(
    (step: MeetingStep) => (opened ? navigate({ opened, step }) : undefined),
    [opened, navigate],
  );
  const openMeeting = opened && meetings ? resolveOpenMeeting(meetings, opened) : undefined;
  const listed = [state, pastState].flatMap((v) =>
    v?.kind === 'list' ? v.days.flatMap((d) => d.meetings) : [],
  );
  const openItem = openMeeting ? listed.find((m) => m.id === openMeeting.id) : undefined;

  // Role badges for every listed series, computed once the list is on screen (see computeRoleBadges for the cost).
  // The module is loaded lazily so the roles code stays out of the initial chunk.
  useEffect(() => {
    if (!meetings || meetings.length === 0) return;
    let cancelled = false;
    const timer = setTimeout(() => {
      void Promise.all([loadServices(), import('./hooks/computeRoleBadges')])
        .then(([services, m]) => (cancelled ? undefined : m.computeRoleBadges(services, meetings)))
        .catch((error: unknown) => {
          // Ports return expected failures as values; only a bug or a failed chunk download lands here.
          console.error('Roundtable: role badges could not be computed', error);
        });
    }, BADGE_DELAY_MS);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [meetings, loadServices]);

  const switchUser = useCallback(
    (upn: string) =>
      // Pending writes are saved as the person who made them, before the token provider changes hands.
      void guard(() => {
        // Switch the token provider first: the re-read triggered by the state change must run as the new user.
        demo?.switchUser(upn);
        setSelectedUser(upn);
      }),
    [demo, guard],
  );

  return (
    <FluentProvider theme={THEMES[theme]} data-theme={theme}>
      <div className={styles.provider}>
        <PendingWritesContext.Provider value={pending}>
          <main className={styles.main}>
            <LeavingNotice leaving={leaving} onStay={() => setLeaving(undefined)} />
            <NoHostNotice session={host.session} onReload={() => window.location.reload()} />
            {demo && viewAs ? (
              <Suspense fallback={null}>
                <DemoBanner
                  tenantName={demo.tenantName}
                  users={demo.users}
                  viewAs={viewAs}
                  onViewAsChange={switchUser}
                />
              </Suspense>
            ) : null}
            {opened === undefined ? (
              <MyMeetingsView
                state={state}
                onRetry={request.retry}
                onOpen={open}
                {...(pastState ? { past: pastState } : {})}
                onShowPast={request.showPast}
              />
            ) : request.loading ? (
              <Spinner label={words.openingMeeting} />
            ) : openMeeting && openItem ? (
              <Suspense fallback={<Spinner label={words.openingMeeting} />}>
                <MeetingView
                  // A new person (view as) or another meeting starts from a fresh agenda and fresh forms.
                  key={`${viewAs ?? ''}|${openMeeting.id}`}
                  loadServices={loadServices}
                  meeting={openMeeting}
                  item={openItem}
                  onBack={back}
                  {...(route.step ? { step: route.step } : {})}
                  onStep={showStep}
                />
              </Suspense>
            ) : (
              <MessageBar intent="warning" layout="multiline">
                <MessageBarBody>
                  {request.outcome && !request.outcome.ok ? words.meetingsUnreadable : words.notOnCalendar}
                </MessageBarBody>
                <MessageBarActions>
                  <Button onClick={back}>{words.backToMyMeetings}</Button>
                </MessageBarActions>
              </MessageBar>
            )}
          </main>
        </PendingWritesContext.Provider>
      </div>
    </FluentProvider>
  );
}

type Leaving =
  | { readonly kind: 'saving' }
  | {
      readonly kind: 'unsaved';
      readonly what: readonly string[];
      readonly proceed: () => void;
      /** Staying after Back: puts the address back on the meeting still on screen. */
      readonly stay?: () => void;
    };

/**
 * "Saving your changes before leaving…", then, if that failed, the question: stay, or leave without them. A message
 * bar rather than a dialog: Fluent's Dialog would pull its focus-trap library into the first screen's JavaScript.
 */
function LeavingNotice({
  leaving,
  onStay,
}: {
  readonly leaving: Leaving | undefined;
  readonly onStay: () => void;
}) {
  const m = shellMessages.leaving;
  if (!leaving) return null;
  if (leaving.kind === 'saving')
    return (
      <MessageBar intent="info" politeness="polite">
        <MessageBarBody>{m.saving}</MessageBarBody>
      </MessageBar>
    );
  const what = m.what(leaving.what);
  return (
    <MessageBar intent="warning" layout="multiline" politeness="assertive">
      <MessageBarBody>
        <MessageBarTitle>{m.unsavedTitle(what)}</MessageBarTitle>
        {m.unsavedBody(what)}
      </MessageBarBody>
      <MessageBarActions>
        <Button
          appearance="primary"
          onClick={() => {
            onStay();
            leaving.stay?.();
          }}
        >
          {m.stay}
        </Button>
        <Button
          onClick={() => {
            onStay();
            leaving.proceed();
          }}
        >
          {m.leaveWithoutSaving}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
