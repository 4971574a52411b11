// German messages for what a failed request to Microsoft 365 says (messageForFailure) and how the app's hooks report failures.
import type { Catalogue } from '../catalogue';

export const failuresDe: Catalogue['failures'] = {};
