// German messages for rotating roles: the plan, reasons, requests, overrides, the series editor and the leadership chart.
import type { Catalogue } from '../catalogue';

export const rolesDe: Catalogue['roles'] = {};
