import type { DataSource } from 'typeorm';
import type { Viewer } from '@kizuna/auth';
import { isUuid } from '@kizuna/data';
import { PostEntity, type PostKind } from './post.entity';

export class PostService {
  constructor(private readonly dataSource: DataSource) {}

  /** Open posts of the viewer's network, optionally of one kind. */
  async openCount(viewer: Viewer, kind?: PostKind | null): Promise<number> {
    return this.dataSource.getRepository(PostEntity).countBy({ networkId: viewer.networkId, status: 'open', ...(kind ? { kind } : {}) });
  }

  /** Open posts per author among `memberIds`, counting only the viewer's network (0 for anyone else). */
  async openCountsByAuthor(viewer: Viewer, memberIds: string[]): Promise<Map<string, number>> {
    const ids = memberIds.filter(isUuid);
    const counts = new Map(memberIds.map((id) => [id, 0]));
    if (ids.length === 0) return counts;
    const rows: { author: string; count: string }[] = await this.dataSource
      .getRepository(PostEntity)
      .createQueryBuilder('p')
      .select('p.author_membership_id', 'author')
      .addSelect('count(*)', 'count')
      .where(`p.network_id = :networkId AND p.author_membership_id IN (:...ids) AND p.status = 'open'`, { networkId: viewer.networkId, ids })
      .groupBy('p.author_membership_id')
      .getRawMany();
    for (const row of rows) counts.set(row.author, Number(row.count));
    return counts;
  }
}
