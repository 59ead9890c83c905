import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A label admins put on members, by hand, by rule or by import. Names are unique per network, ignoring case. */
@Entity({ name: 'tags' })
export class TagEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid', { name: 'network_id' })
  networkId: string;

  @Column('text')
  name: string;

  /** `#rrggbb`, or null for the default colour. */
  @Column('text', { nullable: true })
  color: string | null;

  /** A DirectoryFilter (as JSON): everyone it matched was tagged when it was set. */
  @Column('jsonb', { nullable: true })
  rule: Record<string, unknown> | null;

  /** Whether members who match the rule later (registered, approved, updated, imported) are tagged too. */
  @Column('boolean', { name: 'rule_applies_to_newcomers', default: false })
  ruleAppliesToNewcomers: boolean;

  @Column('timestamptz', { name: 'created_at' })
  createdAt: Date;

  @Column('timestamptz', { name: 'updated_at' })
  updatedAt: Date;
}

/** How a member came to carry a tag. */
export type TagSource = 'HAND' | 'RULE' | 'IMPORT';
