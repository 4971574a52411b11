import type { FrameLocator, Page } from 'playwright-core';

/** The meeting view's steps, in the order a team works through them. */
export type StepName = 'Prepare' | 'Agenda' | 'Run' | 'Actions' | 'Roles';

/**
 * Shows one step of the open meeting view (its tab in the step list), waiting for the view to have its steps. Tests
 * call it before they use what lives in that step, so they read as a person would work: pick the step, then act.
 */
export async function openStep(root: Page | FrameLocator, name: StepName): Promise<void> {
  await root
    .getByRole('tablist', { name: 'Steps of this meeting' })
    .getByRole('tab', { name, exact: true })
    .click();
}
