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
import { agendaMessages } from '../../i18n/en-US/agenda';
import { publishedMessages } from '../../i18n/en-US/published';

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

/** The formats the log is copied and downloaded in. */
type Format = 'markdown' | 'csv';

/** The series' decision log: searchable, filtered by person and dates, copied or downloaded as Markdown or CSV. */
export function DecisionLog({ store, stored }: DecisionLogProps) {
  const styles = useStyles();
  const m = agendaMessages.log;
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

  const copy = async (what: Format) => {
    const words = publishedMessages.decisionLog;
    const text = what === 'csv' ? decisionLogToCsv(shown, words) : decisionLogToMarkdown(title, shown, words);
    try {
      await navigator.clipboard.writeText(text);
      setNotice(m.copied(shown.length, m.format[what]));
    } catch {
      // Teams and Outlook may not grant the framed tab clipboard access; the download always works.
      setNotice(m.copyFailed(m.download(m.format[what])));
    }
  };
  const download = (what: Format) => {
    const words = publishedMessages.decisionLog;
    const text = what === 'csv' ? decisionLogToCsv(shown, words) : decisionLogToMarkdown(title, shown, words);
    // A UTF-8 byte-order mark lets Excel read names with accents correctly.
    const blob = new Blob(what === 'csv' ? ['\ufeff', text] : [text], {
      type: what === 'csv' ? 'text/csv;charset=utf-8' : 'text/markdown;charset=utf-8',
    });
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = `decision-log.${what === 'csv' ? 'csv' : 'md'}`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  };

  return (
    <div className={styles.log}>
      {archive.state === 'loading' ? <Spinner size="tiny" label={m.readingArchive} /> : null}
      {archive.state === 'failed' ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{m.archiveFailed(messageForFailure(archive.failure).title)}</MessageBarBody>
          <MessageBarActions>
            <Button onClick={() => setAttempt((n) => n + 1)}>{agendaMessages.tryAgain}</Button>
          </MessageBarActions>
        </MessageBar>
      ) : null}
      <div className={styles.filters} role="search" aria-label={m.filter}>
        <Field label={m.search}>
          <SearchBox
            value={filter.text}
            onChange={(_e, d) => setFilter((f) => ({ ...f, text: d.value }))}
            placeholder={m.searchPlaceholder}
          />
        </Field>
        <Field label={m.person}>
          <Dropdown
            value={filter.person || m.everyone}
            selectedOptions={[filter.person]}
            onOptionSelect={(_e, d) => setFilter((f) => ({ ...f, person: d.optionValue ?? '' }))}
          >
            <Option value="">{m.everyone}</Option>
            {people.map((p) => (
              <Option key={p} value={p}>
                {p}
              </Option>
            ))}
          </Dropdown>
        </Field>
        <Field label={m.from}>
          <Input
            type="date"
            value={filter.from}
            onChange={(_e, d) => setFilter((f) => ({ ...f, from: d.value }))}
          />
        </Field>
        <Field label={m.to}>
          <Input
            type="date"
            value={filter.to}
            onChange={(_e, d) => setFilter((f) => ({ ...f, to: d.value }))}
          />
        </Field>
      </div>
      <div className={styles.row}>
        <Button onClick={() => void copy('markdown')}>{m.copy(m.format.markdown)}</Button>
        <Button onClick={() => void copy('csv')}>{m.copy(m.format.csv)}</Button>
        <Button onClick={() => download('markdown')}>{m.download(m.format.markdown)}</Button>
        <Button onClick={() => download('csv')}>{m.download(m.format.csv)}</Button>
      </div>
      <Caption1 role="status" className={styles.muted}>
        {notice || m.count(shown.length, rows.length, archive.state === 'loaded')}
      </Caption1>
      {rows.length === 0 ? (
        <Body1>{m.empty}</Body1>
      ) : (
        <div className={styles.table}>
          <Table aria-label={m.table} size="small">
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{m.date}</TableHeaderCell>
                <TableHeaderCell>{m.topic}</TableHeaderCell>
                <TableHeaderCell>{m.decision}</TableHeaderCell>
                <TableHeaderCell>{m.heldBy}</TableHeaderCell>
                <TableHeaderCell>{m.actionItems}</TableHeaderCell>
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
  const m = agendaMessages.log;
  return (
    <TableRow>
      <TableCell className={className}>
        <time dateTime={row.occurrence}>{row.date}</time>
        {row.archived ? <Caption1 block>{m.archived}</Caption1> : null}
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
                {m.action(a.title, a.owners, a.due)}
              </li>
            ))}
          </ul>
        ) : null}
      </TableCell>
    </TableRow>
  );
}
