import { createContext, useContext, useEffect, useState } from 'react';

/**
 * Whether the meeting step a component sits in is the one on screen. Every step stays mounted (nothing typed is
 * lost by looking elsewhere), so costly things that only matter when seen (the leadership chart's 76 KB chunk and
 * its SVG) wait for their step to be shown. Outside any step (the side panel, the task pane) everything is shown.
 */
export const StepShownContext = createContext(true);

/** True from the first time the step was shown on: what was loaded for it stays loaded. */
export function useShownOnce(): boolean {
  const shown = useContext(StepShownContext);
  const [once, setOnce] = useState(shown);
  useEffect(() => {
    if (shown) setOnce(true);
  }, [shown]);
  return once || shown;
}
