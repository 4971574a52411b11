import {
  Tag,
  TagPicker,
  TagPickerControl,
  TagPickerGroup,
  TagPickerInput,
  TagPickerList,
  TagPickerOption,
  type TagPickerProps,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { ActionOwner } from '../../../domain/actions/actionTypes';

export interface OwnersPickerProps {
  /** The meeting's people: attendees and the organizer. */
  readonly people: readonly ActionOwner[];
  readonly value: readonly ActionOwner[];
  readonly onChange: (owners: readonly ActionOwner[]) => void;
  /** What is typed in the box, as it changes (cleared when a choice is made). */
  readonly onQueryChange?: (query: string) => void;
  readonly labelId: string;
  readonly disabled?: boolean;
}

/** An address the picker offers to add as an owner (the hint under the box uses the same test). */
export const looksLikeEmail = (s: string) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(s.trim());

/** Owners from the meeting's people, or anyone by e-mail address (a guest is allowed here; Planner decides later). */
export function OwnersPicker({
  people,
  value,
  onChange,
  onQueryChange,
  labelId,
  disabled,
}: OwnersPickerProps) {
  const [query, setQueryState] = useState('');
  const setQuery = (q: string) => {
    setQueryState(q);
    onQueryChange?.(q);
  };
  const chosen = new Set(value.map((o) => o.email.toLowerCase()));
  const byEmail = new Map(people.map((p) => [p.email.toLowerCase(), p]));
  const q = query.trim().toLowerCase();
  const options = people.filter(
    (p) =>
      !chosen.has(p.email.toLowerCase()) &&
      (q === '' || p.name.toLowerCase().includes(q) || p.email.toLowerCase().includes(q)),
  );
  const typed = looksLikeEmail(query) && !chosen.has(q) && !byEmail.has(q) ? query.trim() : undefined;

  const onOptionSelect: TagPickerProps['onOptionSelect'] = (_e, data) => {
    const email = data.value.toLowerCase();
    if (chosen.has(email)) onChange(value.filter((o) => o.email.toLowerCase() !== email));
    else onChange([...value, byEmail.get(email) ?? { email: data.value, name: data.value }]);
    setQuery('');
  };

  return (
    <TagPicker
      onOptionSelect={onOptionSelect}
      selectedOptions={value.map((o) => o.email.toLowerCase())}
      disabled={disabled ?? false}
    >
      <TagPickerControl>
        <TagPickerGroup aria-label="Owners">
          {value.map((o) => (
            <Tag key={o.email} shape="rounded" value={o.email.toLowerCase()} title={o.email}>
              {o.name}
            </Tag>
          ))}
        </TagPickerGroup>
        <TagPickerInput
          aria-labelledby={labelId}
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          placeholder={value.length === 0 ? 'Name or e-mail address' : ''}
        />
      </TagPickerControl>
      <TagPickerList>
        {typed ? (
          <TagPickerOption value={typed} secondaryContent="Not in this meeting">
            {`Add ${typed}`}
          </TagPickerOption>
        ) : null}
        {options.map((p) => (
          <TagPickerOption key={p.email} value={p.email.toLowerCase()} secondaryContent={p.email}>
            {p.name}
          </TagPickerOption>
        ))}
      </TagPickerList>
    </TagPicker>
  );
}
