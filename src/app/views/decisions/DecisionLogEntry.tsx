import { Button, Spinner } from '@fluentui/react-components';
import { lazy, Suspense, useMemo, useState } from 'react';
import type { SeriesDocumentStore, StoredSeries } from '../../../usecases/ports';
import type { LoadServices } from '../../AppServices';
import { agendaMessages } from '../../i18n/en-US/agenda';

// The log (tables, filters, exports) loads only when someone opens it: no weight on the meeting view's first render.
const DecisionLog = lazy(() => import('./DecisionLog').then((m) => ({ default: m.DecisionLog })));

export interface DecisionLogEntryProps {
  readonly loadServices: LoadServices;
  readonly stored: StoredSeries;
}

/** "Decision log": every decision of the series, opened on demand below the meeting. */
export function DecisionLogEntry({ loadServices, stored }: DecisionLogEntryProps) {
  const m = agendaMessages;
  const [open, setOpen] = useState(false);
  const store = useMemo<Pick<SeriesDocumentStore, 'loadArchive'>>(
    () => ({ loadArchive: async (l, k) => (await loadServices()).agenda.store.loadArchive(l, k) }),
    [loadServices],
  );
  return (
    <section aria-label={m.decisionLog}>
      <Button appearance="secondary" aria-expanded={open} onClick={() => setOpen((v) => !v)}>
        {open ? m.hideDecisionLog : m.showDecisionLog}
      </Button>
      {open ? (
        <Suspense fallback={<Spinner size="small" label={m.openingDecisionLog} />}>
          <DecisionLog store={store} stored={stored} />
        </Suspense>
      ) : null}
    </section>
  );
}
