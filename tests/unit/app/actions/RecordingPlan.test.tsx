// Server-rendered markup checks what each person sees of the series' Planner plan; the picker's behaviour (opening,
// choosing) runs through useActions' loadPlans/choosePlan, whose writes are covered by the domain and use-case tests.
import { FluentProvider, teamsLightTheme } from '@fluentui/react-components';
import { renderToStaticMarkup } from 'react-dom/server';
import { deriveRecordingPlan } from '../../../../src/app/hooks/deriveRecordingPlan';
import type { PlanListState } from '../../../../src/app/hooks/useActions';
import { RecordingPlan } from '../../../../src/app/views/actions/RecordingPlan';
import type { PlannerPlanRef } from '../../../../src/domain/actions/actionTypes';
import { ok } from '../../../../src/domain/result';

const PLANS = [
  { id: 'p-team', title: 'Leadership Team', createdDateTime: '2025-01-01T00:00:00Z' },
  { id: 'p-offsite', title: 'Offsite 2026', createdDateTime: '2026-02-01T00:00:00Z' },
];
const OFFSITE: PlannerPlanRef = { planId: 'p-offsite', title: 'Offsite 2026' };

const render = (chosen: PlannerPlanRef | undefined, isOrganizer: boolean, planList?: PlanListState) =>
  renderToStaticMarkup(
    <FluentProvider theme={teamsLightTheme}>
      <RecordingPlan
        chosen={chosen}
        isOrganizer={isOrganizer}
        actions={{
          ...(planList ? { planList } : {}),
          loadPlans: () => undefined,
          choosePlan: async () => ok(undefined),
        }}
      />
    </FluentProvider>,
  ).replace(/<style[^>]*>[\s\S]*?<\/style>/g, '');

describe('deriveRecordingPlan', () => {
  it('no choice: the default is the team’s oldest plan, named once the plans are read', () => {
    expect(deriveRecordingPlan(undefined, undefined)).toEqual({
      label: 'Recording to: the team’s oldest Planner plan (the default)',
      missing: false,
    });
    expect(deriveRecordingPlan(undefined, PLANS)).toEqual({
      label: 'Recording to: Leadership Team (the team’s oldest plan, used by default)',
      selectedId: 'p-team',
      missing: false,
    });
  });

  it('a choice: its title (as Planner has it now, once read); a chosen plan gone from the team is flagged', () => {
    expect(deriveRecordingPlan(OFFSITE, undefined)).toEqual({
      label: 'Recording to: Offsite 2026',
      selectedId: 'p-offsite',
      missing: false,
    });
    const renamed = [PLANS[0]!, { ...PLANS[1]!, title: 'Offsite 2026 (Lisbon)' }];
    expect(deriveRecordingPlan(OFFSITE, renamed).label).toBe('Recording to: Offsite 2026 (Lisbon)');
    expect(deriveRecordingPlan(OFFSITE, [PLANS[0]!]).missing).toBe(true);
    expect(deriveRecordingPlan({ planId: 'p-x', title: ' ' }, undefined).label).toBe(
      'Recording to: an untitled plan',
    );
  });
});

describe('RecordingPlan', () => {
  it('a non-organizer sees the plan name only', () => {
    const html = render(OFFSITE, false);
    expect(html).toContain('Recording to: Offsite 2026');
    expect(html).not.toContain('Change plan');
    expect(html).not.toContain('role="combobox"');
    // Even with plans read (the organizer's list is never shown to others).
    expect(render(undefined, false, { loading: false, plans: PLANS })).not.toContain('role="combobox"');
  });

  it('the organizer sees the default said as such and a Change plan button before the plans are read', () => {
    const html = render(undefined, true);
    expect(html).toContain('Recording to: the team’s oldest Planner plan (the default)');
    expect(html).toContain('>Change plan<');
  });

  it('once read, the organizer picks from a dropdown of the team’s plans showing the current one', () => {
    const html = render(OFFSITE, true, { loading: false, plans: PLANS });
    expect(html).toContain('Record this series’ actions to');
    expect(html).toContain('role="combobox"');
    expect(html).toMatch(/<button[^>]*role="combobox"[^>]*>Offsite 2026/);
    expect(html).toContain('Tasks already recorded stay where they are.');
    expect(html).not.toContain('>Change plan<');
  });

  it('a list that can’t be read: a clear message with Try again, and the current plan still shown', () => {
    const html = render(undefined, true, {
      loading: false,
      failure: { kind: 'forbidden', code: 'Forbidden', message: 'x' },
    });
    expect(html).toContain('Couldn’t read the team’s Planner plans');
    expect(html).toContain('Recording still goes to the plan shown above.');
    expect(html).toContain('>Try again<');
    expect(html).toContain('Recording to: the team’s oldest Planner plan (the default)');
  });
});
