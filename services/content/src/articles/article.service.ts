import type { DataSource } from 'typeorm';
import type { Viewer } from '@kizuna/auth';
import { isUuid } from '@kizuna/data';
import { ArticleEntity } from './article.entity';

/** Readers count only articles that are out: published, with a publication time that has come. */
const LIVE = `a.status = 'published' AND a.published_at <= now()`;

export class ArticleService {
  constructor(private readonly dataSource: DataSource) {}

  /** Live articles of the viewer's network, in total. */
  async publishedCount(viewer: Viewer): Promise<number> {
    return this.dataSource
      .getRepository(ArticleEntity)
      .createQueryBuilder('a')
      .where(`a.network_id = :networkId AND ${LIVE}`, { networkId: viewer.networkId })
      .getCount();
  }

  /** Live articles per author among `memberIds`, counting only the viewer's network (0 for anyone else). */
  async publishedCountsByAuthor(viewer: Viewer, memberIds: string[]): Promise<Map<string, number>> {
    const ids = memberIds.filter(isUuid);
    const counts = new Map(memberIds.map((id) => [id, 0]));
    if (ids.length === 0) return counts;
    const rows: { author: string; count: string }[] = await this.dataSource
      .getRepository(ArticleEntity)
      .createQueryBuilder('a')
      .select('a.author_membership_id', 'author')
      .addSelect('count(*)', 'count')
      .where(`a.network_id = :networkId AND a.author_membership_id IN (:...ids) AND ${LIVE}`, { networkId: viewer.networkId, ids })
      .groupBy('a.author_membership_id')
      .getRawMany();
    for (const row of rows) counts.set(row.author, Number(row.count));
    return counts;
  }
}
