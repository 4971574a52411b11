import type { RecordFailure } from '../../../usecases/actions/recordToPlanner';
import { describeChangeFailure, type ChangeProblem } from '../../hooks/describeChangeFailure';

/** What an action item's failed change or recording says, on the field it names when it names one. */
export function problemOf(f: RecordFailure): ChangeProblem {
  if (f.source === 'rules')
    return f.error.kind === 'invalidInput'
      ? { kind: 'field', field: f.error.field, message: f.error.message }
      : { kind: 'rule', message: f.error.message };
  return describeChangeFailure({ source: 'store', failure: f.failure });
}
