// A Planner task's web link for the recap. Graph's plannerTask has no web URL property (GD resources/plannertask.md),
// so the link is built: `https://tasks.office.com/{tenant}/Home/Task/{taskId}`, the form Planner's own "copy link to
// task" produced and public code uses (e.g. fixtures with tasks.office.com/<tenant>/Home/Task/<id>). Assumption: the
// form isn't documented; tasks.office.com redirects to the current Planner. Without a tenant id (a multi-tenant
// build) there is no link.
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function plannerTaskUrl(tenantId: string, taskId: string): string | null {
  if (!GUID.test(tenantId) || taskId === '') return null;
  return `https://tasks.office.com/${tenantId}/Home/Task/${encodeURIComponent(taskId)}`;
}
