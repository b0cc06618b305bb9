import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { CreatedAt } from "../../db/columns";
import { Account } from "./account.entity";

/** A signed-in browser or script. Only a SHA-256 of the token is stored, so a database dump signs nobody in. */
@Entity("sessions")
@Index("UQ_sessions_token_hash", ["tokenHash"], { unique: true })
@Index("IDX_sessions_account", ["accountId"])
export class Session {
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column({ type: "uuid" })
  accountId: string;

  @ManyToOne(() => Account, { onDelete: "CASCADE" })
  @JoinColumn({ name: "account_id", foreignKeyConstraintName: "FK_sessions_account" })
  account?: Account;

  @Column({ type: "text" })
  tokenHash: string;

  @Column({ type: "timestamptz" })
  expiresAt: Date;

  /** Last request seen, kept to the minute: a session unused for SESSION_IDLE_MINUTES ends. */
  @Column({ type: "timestamptz", default: () => "now()" })
  lastSeenAt: Date;

  @CreatedAt()
  createdAt: Date;
}
