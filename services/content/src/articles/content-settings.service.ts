import type { DataSource, EntityManager } from 'typeorm';
import { forbidden, type Viewer } from '@kizuna/auth';

/** What a network decided about its content; a network that never chose has the defaults. */
export interface ContentSettings {
  membersMayWriteArticles: boolean;
}

const DEFAULTS: ContentSettings = { membersMayWriteArticles: false };

/** The message of the FORBIDDEN error members get while their network keeps articles to staff. */
export const MEMBER_WRITING_OFF = 'Your network does not let members write articles.';

/** The content settings of each network, one row per network that changed them. */
export class ContentSettingsService {
  constructor(private readonly dataSource: DataSource) {}

  async get(networkId: string, manager: EntityManager | DataSource = this.dataSource): Promise<ContentSettings> {
    const [row]: ContentSettings[] = await manager.query(
      `SELECT members_may_write_articles AS "membersMayWriteArticles" FROM content.network_settings WHERE network_id = $1`,
      [networkId],
    );
    return row ?? DEFAULTS;
  }

  async update(viewer: Viewer, changes: Partial<ContentSettings>): Promise<ContentSettings> {
    const current = await this.get(viewer.networkId);
    const next = { ...current, ...Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined && value !== null)) };
    await this.dataSource.query(
      `INSERT INTO content.network_settings (network_id, members_may_write_articles, updated_by_membership_id) VALUES ($1, $2, $3)
       ON CONFLICT (network_id) DO UPDATE SET members_may_write_articles = EXCLUDED.members_may_write_articles,
         updated_by_membership_id = EXCLUDED.updated_by_membership_id, updated_at = now()`,
      [viewer.networkId, next.membersMayWriteArticles, viewer.membershipId],
    );
    return next;
  }

  /**
   * Throws FORBIDDEN unless the viewer's network lets members write articles; read in the
   * transaction of the change, so a member's write after the office turned it off is refused.
   */
  async requireMemberWriting(viewer: Viewer, manager?: EntityManager): Promise<void> {
    if (!(await this.get(viewer.networkId, manager)).membersMayWriteArticles) throw forbidden(MEMBER_WRITING_OFF);
  }
}
