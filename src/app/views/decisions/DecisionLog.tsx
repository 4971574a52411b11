import {
  Body1,
  Button,
  Caption1,
  Dropdown,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Option,
  SearchBox,
  Spinner,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useMemo, useState } from 'react';
import { buildDecisionLog, type DecisionLogRow } from '../../../domain/decisions/buildDecisionLog';
import { decisionLogToCsv, decisionLogToMarkdown } from '../../../domain/decisions/exportDecisionLog';
import {
  filterDecisionLog,
  NO_FILTER,
  peopleInLog,
  type DecisionLogFilter,
} from '../../../domain/decisions/filterDecisionLog';
import type { SeriesDocument } from '../../../domain/series/seriesDocument';
import { loadArchivedDecisions } from '../../../usecases/decisions/loadArchivedDecisions';
import type { Failure, SeriesDocumentStore, StoredSeries } from '../../../usecases/ports';
import { messageForFailure } from '../../errors/messageForFailure';

const useStyles = makeStyles({
  log: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    marginTop: tokens.spacingVerticalM,
  },
  filters: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'flex-end',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalS,
  },
  row: {
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
  },
  table: { overflowX: 'auto' },
  cell: { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', verticalAlign: 'top' },
  actions: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  muted: { color: tokens.colorNeutralForeground2 },
});

type Archive =
  | { readonly state: 'none' }
  | { readonly state: 'loading' }
  | { readonly state: 'loaded'; readonly doc: SeriesDocument | null }
  | { readonly state: 'failed'; readonly failure: Failure };

export interface DecisionLogProps {
  readonly store: Pick<SeriesDocumentStore, 'loadArchive'>;
  readonly stored: StoredSeries;
}

/** The series' decision log: searchable, filtered by person and dates, copied or downloaded as Markdown or CSV. */
export function DecisionLog({ store, stored }: DecisionLogProps) {
  const styles = useStyles();
  const [archive, setArchive] = useState<Archive>(
    stored.doc.archive ? { state: 'loading' } : { state: 'none' },
  );
  const [attempt, setAttempt] = useState(0);
  const [filter, setFilter] = useState<DecisionLogFilter>(NO_FILTER);
  const [notice, setNotice] = useState<string>('');
  const timeZone = useMemo(() => Intl.DateTimeFormat().resolvedOptions().timeZone, []);
  const hasArchive = stored.doc.archive !== undefined;

  useEffect(() => {
    if (!hasArchive) return;
    let alive = true;
    setArchive({ state: 'loading' });
    void loadArchivedDecisions(store, stored).then((r) => {
      if (!alive) return;
      setArchive(r.ok ? { state: 'loaded', doc: r.value.archive } : { state: 'failed', failure: r.failure });
    });
    return () => {
      alive = false;
    };
    // The archive changes only when the organizer moves more meetings, which changes the archive record.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [store, stored.location.itemId, stored.doc.archive?.at, hasArchive, attempt]);

  const rows = useMemo(
    () => buildDecisionLog(stored.doc, archive.state === 'loaded' ? archive.doc : null, timeZone),
    [stored.doc, archive, timeZone],
  );
  const people = useMemo(() => peopleInLog(rows), [rows]);
  const shown = useMemo(() => filterDecisionLog(rows, filter), [rows, filter]);
  const title = stored.doc.title;

  const copy = async (what: 'Markdown' | 'CSV') => {
    const text = what === 'CSV' ? decisionLogToCsv(shown) : decisionLogToMarkdown(title, shown);
    try {
      await navigator.clipboard.writeText(text);
      setNotice(`Copied ${shown.length} ${shown.length === 1 ? 'decision' : 'decisions'} as ${what}.`);
    } catch {
      // Teams and Outlook may not grant the framed tab clipboard access; the download always works.
      setNotice(`Couldn’t copy: this window doesn’t allow the clipboard. Use “Download ${what}” instead.`);
    }
  };
  const download = (what: 'Markdown' | 'CSV') => {
    const text = what === 'CSV' ? decisionLogToCsv(shown) : decisionLogToMarkdown(title, shown);
    // A UTF-8 byte-order mark lets Excel read names with accents correctly.
    const blob = new Blob(what === 'CSV' ? ['\ufeff', text] : [text], {
      type: what === 'CSV' ? 'text/csv;charset=utf-8' : 'text/markdown;charset=utf-8',
    });
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = `decision-log.${what === 'CSV' ? 'csv' : 'md'}`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  };

  return (
    <div className={styles.log}>
      {archive.state === 'loading' ? <Spinner size="tiny" label="Reading archived meetings" /> : null}
      {archive.state === 'failed' ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            Archived meetings couldn’t be read ({messageForFailure(archive.failure).title}); showing the
            decisions of recent meetings only.
          </MessageBarBody>
          <MessageBarActions>
            <Button onClick={() => setAttempt((n) => n + 1)}>Try again</Button>
          </MessageBarActions>
        </MessageBar>
      ) : null}
      <div className={styles.filters} role="search" aria-label="Filter decisions">
        <Field label="Search decisions">
          <SearchBox
            value={filter.text}
            onChange={(_e, d) => setFilter((f) => ({ ...f, text: d.value }))}
            placeholder="Words in a topic, decision, person or action"
          />
        </Field>
        <Field label="Person">
          <Dropdown
            value={filter.person || 'Everyone'}
            selectedOptions={[filter.person]}
            onOptionSelect={(_e, d) => setFilter((f) => ({ ...f, person: d.optionValue ?? '' }))}
          >
            <Option value="">Everyone</Option>
            {people.map((p) => (
              <Option key={p} value={p}>
                {p}
              </Option>
            ))}
          </Dropdown>
        </Field>
        <Field label="From">
          <Input
            type="date"
            value={filter.from}
            onChange={(_e, d) => setFilter((f) => ({ ...f, from: d.value }))}
          />
        </Field>
        <Field label="To">
          <Input
            type="date"
            value={filter.to}
            onChange={(_e, d) => setFilter((f) => ({ ...f, to: d.value }))}
          />
        </Field>
      </div>
      <div className={styles.row}>
        <Button onClick={() => void copy('Markdown')}>Copy Markdown</Button>
        <Button onClick={() => void copy('CSV')}>Copy CSV</Button>
        <Button onClick={() => download('Markdown')}>Download Markdown</Button>
        <Button onClick={() => download('CSV')}>Download CSV</Button>
      </div>
      <Caption1 role="status" className={styles.muted}>
        {notice ||
          `${shown.length} of ${rows.length} ${rows.length === 1 ? 'decision' : 'decisions'}` +
            (archive.state === 'loaded' ? ', archived meetings included' : '')}
      </Caption1>
      {rows.length === 0 ? (
        <Body1>No decisions recorded yet. Decisions recorded on a closed agenda show here.</Body1>
      ) : (
        <div className={styles.table}>
          <Table aria-label="Decisions" size="small">
            <TableHeader>
              <TableRow>
                <TableHeaderCell>Date</TableHeaderCell>
                <TableHeaderCell>Topic</TableHeaderCell>
                <TableHeaderCell>Decision</TableHeaderCell>
                <TableHeaderCell>Held by</TableHeaderCell>
                <TableHeaderCell>Action items</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {shown.map((r) => (
                <LogRow
                  key={`${r.occurrence}|${r.topicId}`}
                  row={r}
                  className={styles.cell}
                  listClass={styles.actions}
                />
              ))}
            </TableBody>
          </Table>
        </div>
      )}
    </div>
  );
}

function LogRow({
  row,
  className,
  listClass,
}: {
  readonly row: DecisionLogRow;
  readonly className: string;
  readonly listClass: string;
}) {
  return (
    <TableRow>
      <TableCell className={className}>
        <time dateTime={row.occurrence}>{row.date}</time>
        {row.archived ? <Caption1 block>archived</Caption1> : null}
      </TableCell>
      <TableCell className={className}>{row.topic}</TableCell>
      <TableCell className={className}>{row.decision}</TableCell>
      <TableCell className={className}>{row.holder}</TableCell>
      <TableCell className={className}>
        {row.actions.length ? (
          <ul className={listClass}>
            {row.actions.map((a) => (
              <li key={a.id}>
                {a.done ? '✓ ' : ''}
                {a.title}
                {a.owners.length ? ` (${a.owners.join(', ')})` : ''}
                {a.due ? `, due ${a.due}` : ''}
              </li>
            ))}
          </ul>
        ) : null}
      </TableCell>
    </TableRow>
  );
}
