import { Column, Entity, Index, PrimaryGeneratedColumn } from "typeorm";
import { CreatedAt } from "../../db/columns";

/** Who did what and when. Written in the same transaction as the change it records; never updated. */
@Entity("audit_events")
// The administrators' log is read newest first.
@Index("IDX_audit_events_created_at", ["createdAt"])
export class AuditEvent {
  @PrimaryGeneratedColumn("identity", { type: "bigint" })
  id: string;

  /** Null for the system (start-up tasks) and for respondents. */
  @Column({ type: "uuid", nullable: true })
  actorId: string | null;

  /** Kept as text so the log still reads after the account is deleted. */
  @Column({ type: "text" })
  actorEmail: string;

  /** Dotted verb, e.g. account.create, company.import, invitation.send. */
  @Column({ type: "text" })
  action: string;

  @Column({ type: "text", nullable: true })
  subjectType: string | null;

  @Column({ type: "text", nullable: true })
  subjectId: string | null;

  @Column({ type: "jsonb", default: {} })
  details: Record<string, unknown>;

  @CreatedAt()
  createdAt: Date;
}
