import type { RecordFailure } from '../../../usecases/actions/recordToPlanner';
import { describeChangeFailure, type ChangeProblem } from '../../hooks/describeChangeFailure';
import { ruleMessage } from '../../i18n/problemText';

/** What an action item's failed change or recording says, on the field it names when it names one. */
export function problemOf(f: RecordFailure): ChangeProblem {
  if (f.source === 'rules')
    return f.error.kind === 'invalidInput'
      ? { kind: 'field', field: f.error.field, message: ruleMessage(f.error) }
      : { kind: 'rule', message: ruleMessage(f.error) };
  return describeChangeFailure({ source: 'store', failure: f.failure });
}
