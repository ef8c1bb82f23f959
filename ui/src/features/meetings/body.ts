// Who decides at a meeting, counted the way the backend counts it, for the figures forms show
// while the user types: the board on the meeting's day decides at board and selection committee
// meetings, every member of that day at the general assembly; quorum is more than half of that
// body; the public sector may hold at most 49 % of those who vote. The backend is the judge.
import type { Bp } from '../../lib/bindings/Bp';
import type { MeetingKind } from '../../lib/bindings/MeetingKind';
import type { Member } from '../../lib/bindings/Member';
import type { Sector } from '../../lib/bindings/Sector';
import type { SectorBalance } from '../../lib/bindings/SectorBalance';
import { shareOf } from '../../lib/money';

export const MEETING_KINDS: readonly MeetingKind[] = ['board', 'general-assembly', 'selection-committee'];

const SECTORS: readonly Sector[] = ['public', 'business', 'civil'];

/** The most of the votes the public sector may hold (49 %). */
const PUBLIC_SECTOR_LIMIT: Bp = 4900;

/** A complete `YYYY-MM-DD`, as a date input holds it once filled in. */
export const isIsoDate = (text: string): boolean => /^\d{4}-\d{2}-\d{2}$/.test(text);

/** A member of the partnership on `on` (ISO dates compare as text). */
export const isMemberOn = (member: Member, on: string): boolean =>
  member.joinedOn <= on && (member.leftOn === null || on <= member.leftOn);

/** The board decides at its own meetings and at the selection committee's. */
export const boardDecides = (kind: MeetingKind): boolean => kind !== 'general-assembly';

/** The ids of the body that decides at a meeting of `kind` on `on`; `boardIds` is the board that day. */
export function bodyOf(kind: MeetingKind, on: string, members: readonly Member[], boardIds: readonly string[]): string[] {
  if (boardDecides(kind)) return [...boardIds];
  return members.filter((member) => isMemberOn(member, on)).map((member) => member.id);
}

/** More than half of the body. */
export const quorumNeeded = (bodySize: number): number => Math.floor(bodySize / 2) + 1;

/** How a group of people splits by sector, in the order public, business, civil. */
export function balanceOf(sectors: readonly Sector[]): SectorBalance {
  const total = sectors.length;
  const counts = SECTORS.map((sector) => {
    const count = sectors.filter((s) => s === sector).length;
    return { sector, count, share: shareOf(count, total) };
  });
  // Compared as counts, not rounded shares: 49 of 100 is allowed, 491 of 1000 is not.
  return { total, sectors: counts, publicOverLimit: counts[0].count * 10_000 > total * PUBLIC_SECTOR_LIMIT };
}
