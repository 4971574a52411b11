import type { Page } from 'playwright-core';

/** The meeting view's steps, in the order a team works through them. */
export type StepName = 'Prepare' | 'Agenda' | 'Run' | 'Actions' | 'Roles';

/**
 * Shows one step of the open meeting view (its tab in the step list). Tests call it before they use what lives in
 * that step, so they read as a person would work: pick the step, then act in it.
 */
export async function openStep(page: Page, name: StepName): Promise<void> {
  const tab = page.getByRole('tab', { name, exact: true });
  if ((await tab.count()) === 0) return;
  await tab.click();
}
