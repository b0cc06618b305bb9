import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { CreatedAt } from "../../db/columns";
import { Account } from "../accounts/account.entity";

/** A saved analysis run: enough to trace a published figure back to its data and re-run it. */
@Entity("analyses")
export class Analysis {
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column({ type: "text" })
  name: string;

  @Column({ type: "uuid", nullable: true })
  createdById: string | null;

  @ManyToOne(() => Account, { onDelete: "SET NULL" })
  @JoinColumn({ name: "created_by_id", foreignKeyConstraintName: "FK_analyses_created_by" })
  createdBy?: Account | null;

  @Column({ type: "jsonb" })
  parameters: Record<string, unknown>;

  @Column({ type: "jsonb" })
  filters: Record<string, unknown>;

  /** SHA-256 of the exact rows analysed, in a canonical order. */
  @Column({ type: "text" })
  dataHash: string;

  @Column({ type: "text" })
  engineVersion: string;

  @Column({ type: "jsonb" })
  results: Record<string, unknown>;

  @CreatedAt()
  createdAt: Date;
}
