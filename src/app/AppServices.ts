import type { MeetingSource } from '../usecases/ports';

/** The adapters the views' use-cases run on. The composition root builds them, in a lazily loaded chunk. */
export interface AppServices {
  readonly meetings: MeetingSource;
}

/**
 * Resolves the services, downloading the auth + Graph chunk on first use. Calling it again after a rejection
 * tries again (a dropped chunk download must not need a page reload).
 */
export type LoadServices = () => Promise<AppServices>;
