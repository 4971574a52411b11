// English messages for rotating roles: the plan, reasons, requests, overrides, the series editor and the leadership chart.
import { defineMessages } from '../defineMessages';

export const rolesMessages = defineMessages('roles', {});
