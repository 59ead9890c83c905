import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

export const POST_KINDS = ['job', 'project', 'partner', 'mentor', 'speaker', 'volunteer'] as const;
export type PostKind = (typeof POST_KINDS)[number];
export type PostStatus = 'open' | 'closed';

/** A call for people (募集) posted by an admin or a member of one network. */
@Entity({ name: 'posts' })
@Index(['networkId', 'status', 'kind'])
export class PostEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid', { name: 'network_id' })
  networkId: string;

  @Column('uuid', { name: 'author_membership_id' })
  authorMembershipId: string;

  @Column('text')
  kind: PostKind;

  @Column('text')
  title: string;

  @Column('text')
  status: PostStatus;

  @Column('timestamptz', { name: 'created_at' })
  createdAt: Date;
}
