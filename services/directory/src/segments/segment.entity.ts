import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A saved DirectoryFilter ("graduated 2010–2015, engineering, LINE linked"): messages, content and events target it. */
@Entity({ name: 'segments' })
export class SegmentEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid', { name: 'network_id' })
  networkId: string;

  /** Unique in the network, ignoring case. */
  @Column('text')
  name: string;

  @Column('text', { nullable: true })
  description: string | null;

  /** The DirectoryFilter as JSON; its members are whoever matches it when asked. */
  @Column('jsonb')
  filter: Record<string, unknown>;

  @Column('uuid', { name: 'created_by', nullable: true })
  createdBy: string | null;

  @Column('timestamptz', { name: 'created_at' })
  createdAt: Date;

  @Column('timestamptz', { name: 'updated_at' })
  updatedAt: Date;
}
