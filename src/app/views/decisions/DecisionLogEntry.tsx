import { Button, Spinner } from '@fluentui/react-components';
import { lazy, Suspense, useMemo, useState } from 'react';
import type { SeriesDocumentStore, StoredSeries } from '../../../usecases/ports';
import type { LoadServices } from '../../AppServices';

// The log (tables, filters, exports) loads only when someone opens it: no weight on the meeting view's first render.
const DecisionLog = lazy(() => import('./DecisionLog').then((m) => ({ default: m.DecisionLog })));

export interface DecisionLogEntryProps {
  readonly loadServices: LoadServices;
  readonly stored: StoredSeries;
}

/** "Decision log": every decision of the series, opened on demand below the meeting. */
export function DecisionLogEntry({ loadServices, stored }: DecisionLogEntryProps) {
  const [open, setOpen] = useState(false);
  const store = useMemo<Pick<SeriesDocumentStore, 'loadArchive'>>(
    () => ({ loadArchive: async (l, k) => (await loadServices()).agenda.store.loadArchive(l, k) }),
    [loadServices],
  );
  return (
    <section aria-label="Decision log">
      <Button appearance="secondary" aria-expanded={open} onClick={() => setOpen((v) => !v)}>
        {open ? 'Hide the decision log' : 'Decision log: every decision of this series'}
      </Button>
      {open ? (
        <Suspense fallback={<Spinner size="small" label="Opening the decision log" />}>
          <DecisionLog store={store} stored={stored} />
        </Suspense>
      ) : null}
    </section>
  );
}
