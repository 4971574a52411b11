import type { OccurrenceKey, UserId } from '../ids';
import { occurrenceOf, type RoleRequest, type SeriesDocument } from '../series/seriesDocument';
import { compareStamps, type Stamp } from '../series/stamp';

/** A change to who holds one role in one meeting, as the record shows it. */
export type RoleChange =
  | {
      /** The organizer or facilitator assigned it ("organizer override"). */
      readonly kind: 'override';
      readonly holder: UserId;
      readonly stamp: Stamp;
      readonly as?: 'organizer' | 'facilitator';
      readonly holderName?: string;
    }
  | {
      /** Taken without asking: a role nobody could be picked for, or a swap recorded before schema 6. */
      readonly kind: 'taken';
      readonly holder: UserId;
      readonly stamp: Stamp;
      readonly holderName?: string;
    }
  | {
      /** A request the holder accepted: `stamp` is the acceptance. */
      readonly kind: 'swapAccepted';
      readonly holder: UserId;
      readonly stamp: Stamp;
      readonly holderName: string;
      /** Who gave the turn (and accepted). */
      readonly from: UserId;
      readonly fromName: string;
    };

/**
 * Who the record says holds `roleId` in `occ`, if anyone changed it: of the organizer's override and the accepted
 * requests, the one with the greatest stamp (the last, causally). Deterministic under any merge, since stamps order
 * totally (the override first, then requests by id, on equal stamps); undefined when the rotation's pick stands.
 */
export function roleChangeOf(
  doc: SeriesDocument,
  occ: OccurrenceKey,
  roleId: string,
): RoleChange | undefined {
  const rec = occurrenceOf(doc, occ);
  let best: RoleChange | undefined;
  const consider = (c: RoleChange) => {
    if (!best || compareStamps(c.stamp, best.stamp) > 0) best = c;
  };
  const o = rec.roleOverrides?.[roleId];
  if (o) {
    const stamp = { at: o.at, c: o.c, by: o.by };
    consider(
      o.value.kind === 'override'
        ? { kind: 'override', holder: o.value.holder, stamp, ...(o.value.as ? { as: o.value.as } : {}) }
        : { kind: 'taken', holder: o.value.holder, stamp },
    );
  }
  // In id order: of two acceptances with the same stamp (one person's two devices, from one version), the first id wins.
  const requests = rec.roleRequests ?? {};
  for (const r of Object.keys(requests)
    .sort()
    .map((id) => requests[id] as RoleRequest))
    if (r.role === roleId && r.answer?.value === 'accepted')
      consider({
        kind: 'swapAccepted',
        holder: r.from,
        holderName: r.fromName,
        from: r.to,
        fromName: r.toName,
        stamp: { at: r.answer.at, c: r.answer.c, by: r.answer.by },
      });
  return best;
}
