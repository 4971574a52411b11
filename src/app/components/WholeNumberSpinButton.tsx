import { SpinButton, type SpinButtonProps } from '@fluentui/react-components';
import { useState } from 'react';
import { spinValue } from './spinValue';

export type WholeNumberSpinButtonProps = Omit<SpinButtonProps, 'value' | 'displayValue' | 'onChange'> & {
  /** NaN while what was typed isn't a number: the domain's validation then names the problem. */
  readonly value: number;
  readonly onChange: (next: number) => void;
};

/**
 * Fluent's SpinButton for a whole number that keeps what the user typed on screen when it isn't one ("abc" stays
 * "abc" next to the validation message, never "NaN"), and loses nothing typed.
 */
export function WholeNumberSpinButton({ value, onChange, ...rest }: WholeNumberSpinButtonProps) {
  const [typed, setTyped] = useState('');
  const finite = Number.isFinite(value);
  return (
    <SpinButton
      {...rest}
      value={finite ? value : null}
      {...(finite ? {} : { displayValue: typed })}
      onChange={(_e, d) => {
        if (d.displayValue !== undefined) setTyped(d.displayValue);
        onChange(spinValue(d, value));
      }}
    />
  );
}
