// The merge of one item's notes (notesTypes.ts). Why it is a join (commutative, associative, idempotent) for any two
// inputs, even damaged ones: the result is a function of the union of both sides' versions and the union of both
// sides' replaced ids — live = versions whose id no side has replaced — and unions are joins. Two different versions
// under one id (only a tampered file has them) resolve by their canonical JSON, a total order, so that is a join too.
// Nothing is lost: a version disappears only when its id is in `replaced`, and only a write that saw it puts it there.
import { canonicalJson, mergeRecords } from '../series/lww';
import type { ItemNotes, NoteVersion } from './notesTypes';

export function mergeItemNotes(a: ItemNotes, b: ItemNotes): ItemNotes {
  const replaced = sortedUnion(a.replaced, b.replaced);
  const dead = new Set(replaced);
  const merged = mergeRecords(a.versions, b.versions, pickCanonical);
  const versions: Record<string, NoteVersion> = {};
  for (const [id, v] of Object.entries(merged)) if (!dead.has(id)) versions[id] = v;
  return { versions, replaced };
}

function pickCanonical(a: NoteVersion, b: NoteVersion): NoteVersion {
  return canonicalJson(a) >= canonicalJson(b) ? a : b;
}

export function sortedUnion(a: readonly string[], b: readonly string[]): string[] {
  return [...new Set([...a, ...b])].sort();
}
