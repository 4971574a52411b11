import type { SpinButtonOnChangeData } from '@fluentui/react-components';

/**
 * SpinButton reports a step as `value` and typed text as `displayValue` (value is then undefined). Typed text
 * that is not a number becomes NaN, so the domain's validation names the problem instead of silently keeping
 * the old number.
 */
export function spinValue(data: SpinButtonOnChangeData, previous: number): number {
  if (data.value !== undefined && data.value !== null) return data.value;
  if (data.displayValue === undefined) return previous;
  const n = Number(data.displayValue.trim());
  return data.displayValue.trim() === '' ? Number.NaN : n;
}
