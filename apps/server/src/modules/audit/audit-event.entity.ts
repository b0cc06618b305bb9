import { Column, Entity, Index, PrimaryGeneratedColumn } from "typeorm";
import { CreatedAt } from "../../db/columns";
import type { AuditAction, AuditSubjectType } from "./audit-action";

/**
 * Who did what and when. Written in the same transaction as the change it records. The database refuses to update,
 * delete or truncate entries and chains each to the one before (migration AuditTrail). People appear by id only, so
 * erasing someone's data never touches the log; names are looked up when the log is shown.
 */
@Entity("audit_events")
// The administrators' log is read newest first.
@Index("IDX_audit_events_created_at", ["createdAt"])
@Index("UQ_audit_events_chain_seq", ["chainSeq"], { unique: true })
@Index("IDX_audit_events_subject", ["subjectType", "subjectId"])
@Index("IDX_audit_events_actor", ["actorId"])
// A GIN index (jsonb_path_ops) for "details list this id"; TypeORM cannot describe it, the migration makes it.
@Index("IDX_audit_events_details", { synchronize: false })
export class AuditEvent {
  @PrimaryGeneratedColumn("identity", { type: "bigint" })
  id: string;

  /** Position in the hash chain, 1, 2, 3, … without gaps; set by the database. */
  @Column({ type: "bigint", insert: false, update: false })
  chainSeq: string;

  /** Null for the system (start-up tasks, schedules). */
  @Column({ type: "uuid", nullable: true })
  actorId: string | null;

  /** The client address of the request that acted. */
  @Column({ type: "text", nullable: true })
  actorIp: string | null;

  @Column({ type: "text" })
  action: AuditAction;

  @Column({ type: "text", nullable: true })
  subjectType: AuditSubjectType | null;

  @Column({ type: "text", nullable: true })
  subjectId: string | null;

  /** Ids and figures only, never names, e-mail addresses or other personal data. */
  @Column({ type: "jsonb", default: {} })
  details: Record<string, unknown>;

  /** sha256(previous entry's hash || this entry's canonical content); set by the database. */
  @Column({ type: "bytea", insert: false, update: false })
  hash: Buffer;

  @CreatedAt()
  createdAt: Date;
}
