/** Who may curate: the configuration's side of the check. */
export interface ModeratorPolicy {
  /** When set, curation is allowed only in this server (a public bot must not let other servers edit). */
  readonly guildId: string | null;
  /** Roles whose members may curate besides members with Manage Server. */
  readonly roleIds: readonly string[];
}

/** The member's side of the check, read from the interaction. */
export interface MemberFacts {
  readonly guildId: string | null;
  readonly hasManageGuild: boolean;
  readonly roleIds: readonly string[];
}

/**
 * Whether a member may change the knowledge: in a server (not a DM), in the configured server when
 * there is one, with Manage Server or one of the moderator roles. The refusal says why.
 */
export function checkModerator(member: MemberFacts, policy: ModeratorPolicy): { allowed: true } | { allowed: false; reason: string } {
  if (member.guildId === null) return { allowed: false, reason: 'Knowledge commands work in a server, not in direct messages.' };
  if (policy.guildId !== null && member.guildId !== policy.guildId) {
    return { allowed: false, reason: 'The knowledge can only be curated from the server that runs this bot.' };
  }
  if (member.hasManageGuild || member.roleIds.some((role) => policy.roleIds.includes(role))) return { allowed: true };
  return { allowed: false, reason: 'Only moderators (Manage Server, or a moderator role) can change what I know.' };
}
