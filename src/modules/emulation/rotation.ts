/**
 * The yearly rotation of a block's leader (khối trưởng) and deputy (khối phó), as pure data.
 *
 * Practice seen in the Boards' blocks (domain B6.1 step 7, B6.2): the leader changes every year,
 * the outgoing leader hosts the year-end conference and the incoming one the next year's. No
 * written regulation of the IZ/EZ blocks was found [U], so the rule encoded is the common one —
 * the deputy moves up to leader, and the next member in the block's rotation order becomes deputy —
 * and the organiser can always set the roles by hand for a year; past years are never rewritten.
 */

export type Roles = { leader: string | null; deputy: string | null };

export type RotationInput = {
  /** Next year's members in the block's rotation order (the order the turn passes in). */
  order: readonly string[];
  /** This year's leader and deputy (unit ids; possibly units that have since left or merged). */
  previous: Roles;
  /** A unit that ceased (the 2025 merger) → the unit that took it over, so a turn follows the successor. */
  successorOf?: (unitId: string) => string | null;
};

/** Follows the successor chain to a unit still in `order` (or null when it leads nowhere). */
function follow(unit: string | null, order: readonly string[], successorOf?: (u: string) => string | null) {
  const seen = new Set<string>();
  let at = unit;
  while (at !== null && !order.includes(at)) {
    if (seen.has(at)) return null;
    seen.add(at);
    at = successorOf ? successorOf(at) : null;
  }
  return at;
}

/** The first member of `order` after `from` (wrapping around) that is not in `skip`. */
function nextAfter(order: readonly string[], from: number, skip: ReadonlySet<string>): string | null {
  for (let step = 1; step <= order.length; step++) {
    const candidate = order[(from + step) % order.length]!;
    if (!skip.has(candidate)) return candidate;
  }
  return null;
}

/**
 * Next year's leader and deputy. The deputy becomes leader (or, without a deputy still in the block,
 * the member after the outgoing leader); the member after the new leader becomes deputy. A block of
 * one member has no deputy; an empty block has neither.
 */
export function rotate({ order, previous, successorOf }: RotationInput): Roles {
  if (order.length === 0) return { leader: null, deputy: null };
  const outgoing = follow(previous.leader, order, successorOf);
  const deputy = follow(previous.deputy, order, successorOf);
  let leader: string;
  if (deputy !== null && deputy !== outgoing) leader = deputy;
  else if (outgoing !== null) leader = nextAfter(order, order.indexOf(outgoing), new Set([outgoing])) ?? outgoing;
  else leader = order[0]!;
  const skip = new Set([leader]);
  // The outgoing leader has just served: the deputy's seat passes on to the next in turn.
  if (outgoing !== null && order.length > 2) skip.add(outgoing);
  const nextDeputy = nextAfter(order, order.indexOf(leader), skip);
  return { leader, deputy: nextDeputy === leader ? null : nextDeputy };
}

/** Rotates year after year from a starting pair: the plan of who leads when (for the demo and the page's preview). */
export function rotationPlan(order: readonly string[], start: Roles, years: number): Roles[] {
  const plan: Roles[] = [];
  let current = start;
  for (let i = 0; i < years; i++) {
    current = rotate({ order, previous: current });
    plan.push(current);
  }
  return plan;
}

/** The year-end conference's host: the year's (outgoing) leader unless the block chose another host. */
export function conferenceHost(roles: Roles, chosenHost: string | null = null): string | null {
  return chosenHost ?? roles.leader;
}
