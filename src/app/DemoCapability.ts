/** A demo tenant user the visitor can "view as". */
export interface DemoUser {
  readonly id: string;
  readonly displayName: string;
  readonly userPrincipalName: string;
}

/**
 * Offered only by the demo composition root. The app shows what it is given: with this capability, a banner
 * naming the tenant and a "View as" picker; without it, nothing (CONVENTIONS.md §8: a capability, not a mode).
 */
export interface DemoCapability {
  readonly tenantName: string;
  readonly users: readonly DemoUser[];
  /** userPrincipalName of the user whose calendar is shown first. */
  readonly currentUser: string;
  /** Makes later Graph calls run as this user; the app then re-reads. */
  switchUser(userPrincipalName: string): void;
}
