import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { AuditLogEntity } from './audit-log.entity';

export interface AuditEntry {
  networkId: string;
  /** Null when a network rule acted (e.g. an auto-approval). */
  actorMembershipId: string | null;
  action: string;
  targetMembershipId: string | null;
  details: Record<string, string | null>;
}

/** Writes entries with the caller's transaction, so an action and its record commit together. */
export async function recordAudit(manager: EntityManager, entries: AuditEntry[]): Promise<void> {
  if (entries.length === 0) return;
  await manager.insert(
    AuditLogEntity,
    entries.map((entry) => ({ id: randomUUID(), ...entry })),
  );
}
