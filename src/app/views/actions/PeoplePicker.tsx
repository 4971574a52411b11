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
import { useState, type Ref } from 'react';
import type { ActionOwner } from '../../../domain/actions/actionTypes';
import { actionsMessages } from '../../i18n/en-US/actions';

export interface PeoplePickerProps {
  /** The meeting's people: attendees and the organizer. */
  readonly people: readonly ActionOwner[];
  readonly value: readonly ActionOwner[];
  readonly onChange: (people: readonly ActionOwner[]) => void;
  /**
   * One person at most (the owner: issue #16 "exactly one owner"): picking someone replaces whoever was picked.
   * Otherwise a list (helpers).
   */
  readonly single?: boolean;
  /** People not to offer (the owner, in the helpers picker). */
  readonly exclude?: readonly string[];
  /** What is typed in the box, as it changes (cleared when a choice is made). */
  readonly onQueryChange?: (query: string) => void;
  readonly labelId: string;
  /** Names the group of picked people for screen readers ("Owner", "Helpers"). */
  readonly groupLabel: string;
  readonly disabled?: boolean;
  readonly inputRef?: Ref<HTMLInputElement>;
}

/** An address the picker offers to add (the hint under the box uses the same test). */
export const looksLikeEmail = (s: string) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(s.trim());

/** People from the meeting, or anyone by e-mail address (a guest is allowed here; capture flags what Planner can't assign). */
export function PeoplePicker({
  people,
  value,
  onChange,
  single,
  exclude = [],
  onQueryChange,
  labelId,
  groupLabel,
  disabled,
  inputRef,
}: PeoplePickerProps) {
  const m = actionsMessages.picker;
  const [query, setQueryState] = useState('');
  const setQuery = (q: string) => {
    setQueryState(q);
    onQueryChange?.(q);
  };
  const chosen = new Set(value.map((o) => o.email.toLowerCase()));
  const hidden = new Set([...chosen, ...exclude.map((e) => e.toLowerCase())]);
  const byEmail = new Map(people.map((p) => [p.email.toLowerCase(), p]));
  const q = query.trim().toLowerCase();
  const options = people.filter(
    (p) =>
      !hidden.has(p.email.toLowerCase()) &&
      (q === '' || p.name.toLowerCase().includes(q) || p.email.toLowerCase().includes(q)),
  );
  const typed = looksLikeEmail(query) && !hidden.has(q) && !byEmail.has(q) ? query.trim() : undefined;

  const onOptionSelect: TagPickerProps['onOptionSelect'] = (_e, data) => {
    const email = data.value.toLowerCase();
    const person = byEmail.get(email) ?? { email: data.value, name: data.value };
    if (chosen.has(email)) onChange(value.filter((o) => o.email.toLowerCase() !== email));
    else onChange(single ? [person] : [...value, person]);
    setQuery('');
  };

  return (
    <TagPicker
      onOptionSelect={onOptionSelect}
      selectedOptions={value.map((o) => o.email.toLowerCase())}
      disabled={disabled ?? false}
    >
      <TagPickerControl>
        <TagPickerGroup aria-label={groupLabel}>
          {value.map((o) => (
            <Tag key={o.email} shape="rounded" value={o.email.toLowerCase()} title={o.email}>
              {o.name}
            </Tag>
          ))}
        </TagPickerGroup>
        <TagPickerInput
          ref={inputRef}
          aria-labelledby={labelId}
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          placeholder={value.length === 0 ? m.placeholder : ''}
        />
      </TagPickerControl>
      <TagPickerList>
        {typed ? (
          <TagPickerOption value={typed} secondaryContent={m.notInMeeting}>
            {m.add(typed)}
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
