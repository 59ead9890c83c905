import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

export type ArticleStatus = 'draft' | 'published';

/** A news article or interview of one network; readers see it once published. */
@Entity({ name: 'articles' })
@Index(['networkId', 'authorMembershipId'])
export class ArticleEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid', { name: 'network_id' })
  networkId: string;

  @Column('uuid', { name: 'author_membership_id' })
  authorMembershipId: string;

  @Column('text')
  title: string;

  @Column('text')
  body: string;

  @Column('text')
  status: ArticleStatus;

  /** When it went (or, if in the future, goes) live; set whenever status is published. */
  @Column('timestamptz', { name: 'published_at', nullable: true })
  publishedAt: Date | null;

  @Column('timestamptz', { name: 'created_at' })
  createdAt: Date;
}
