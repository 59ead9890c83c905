import { randomBytes } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import type { Viewer } from '@kizuna/auth';
import { ProfileUpdated, type Outbox } from '@kizuna/events';
import type { Logger } from '@kizuna/runtime';
import type { ObjectStorage } from '@kizuna/storage';
import { fail, ok, UserError, type Result } from '@kizuna/subgraph';
import { ProfileEntity } from '../profiles/profile.entity';
import { presentProfile } from '../profiles/profile.presenter';
import { profileUpdateSnapshot } from '../profiles/profile-snapshot';
import type { ProfileType } from '../profiles/profile.type';
import { loadNetworkFields } from '../search/search-index';
import { processPhoto } from './photo-processing';
import { PHOTO_KEY, PHOTO_SIZES, photoObjectKey } from './photo-url';

interface PhotoKeyChange {
  result: Result<ProfileType>;
  previous: string | null;
}

const notReady = () => UserError.of('NOT_READY', 'Your profile is still being set up. Try again in a moment.');

/**
 * Members' profile photos: checked and resized here, stored through the storage port, referenced
 * by profiles.photo_key. Objects are written before the profile points at them and the previous
 * ones removed after it no longer does, so a profile never points at a missing picture.
 */
export class PhotoService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly storage: ObjectStorage,
    private readonly log: Pick<Logger, 'warn'>,
  ) {}

  /** Replaces the viewer's own photo (pending applicants too, as with the rest of their profile) with the uploaded file. */
  async uploadMine(viewer: Viewer, file: Buffer): Promise<Result<ProfileType>> {
    const processed = await processPhoto(file);
    if ('error' in processed) return fail(processed.error);

    // A fresh random key per upload: old URLs stop working once replaced, and no URL can be guessed.
    const photoKey = `photos/${viewer.networkId}/${viewer.membershipId}/${randomBytes(16).toString('hex')}`;
    await this.writeObjects(photoKey, processed.photo.renditions);
    let change: PhotoKeyChange;
    try {
      change = await this.setPhotoKey(viewer, photoKey);
    } catch (error) {
      await this.deleteObjects(photoKey);
      throw error;
    }
    if (!change.result.ok) await this.deleteObjects(photoKey);
    else if (change.previous) await this.deleteObjects(change.previous);
    return change.result;
  }

  /** Removes the viewer's own photo; removing when there is none changes nothing and publishes nothing. */
  async removeMine(viewer: Viewer): Promise<Result<ProfileType>> {
    const { result, previous } = await this.setPhotoKey(viewer, null);
    if (result.ok && previous) await this.deleteObjects(previous);
    return result;
  }

  /**
   * A member who is gone (account deleted) loses their photo files too. Runs in the consumer's
   * transaction before the profile row is erased: a store that fails here fails the event, which is
   * delivered again, so the files cannot outlive the member silently.
   */
  async eraseFor(manager: EntityManager, membershipId: string, networkId: string): Promise<void> {
    const rows: { photo_key: string | null }[] = await manager.query(
      `SELECT photo_key FROM directory.profiles WHERE membership_id = $1 AND network_id = $2 AND photo_key IS NOT NULL`,
      [membershipId, networkId],
    );
    for (const row of rows) if (row.photo_key) await this.deleteObjects(row.photo_key, { strict: true });
  }

  /** Points the viewer's profile at `photoKey` and publishes the change; tells which photo it pointed at before. */
  private async setPhotoKey(viewer: Viewer, photoKey: string | null): Promise<PhotoKeyChange> {
    return this.dataSource.transaction(async (manager) => {
      const profile = await manager
        .getRepository(ProfileEntity)
        .createQueryBuilder('p')
        .setLock('pessimistic_write')
        .where('p.membership_id = :id AND p.network_id = :networkId', { id: viewer.membershipId, networkId: viewer.networkId })
        .getOne();
      if (!profile) return { result: fail(notReady()), previous: null };
      const fields = await loadNetworkFields(manager, viewer.networkId);
      const previous = profile.photoKey;
      if (previous === photoKey) return { result: ok(presentProfile(profile, 'SELF', fields)), previous: null };
      profile.photoKey = photoKey;
      profile.updatedAt = new Date();
      // Only these two columns: the photo is not searchable, and a full save could undo a concurrent edit's derived columns.
      await manager.query(`UPDATE directory.profiles SET photo_key = $3, updated_at = $4 WHERE membership_id = $1 AND network_id = $2`, [
        profile.membershipId,
        profile.networkId,
        photoKey,
        profile.updatedAt,
      ]);
      await this.outbox.add(manager, ProfileUpdated, profile.networkId, {
        membershipId: profile.membershipId,
        networkId: profile.networkId,
        changedFields: ['photo'],
        ...profileUpdateSnapshot(profile, fields),
        updatedAt: profile.updatedAt.toISOString(),
      });
      return { result: ok(presentProfile(profile, 'SELF', fields)), previous };
    });
  }

  private async writeObjects(photoKey: string, renditions: Record<(typeof PHOTO_SIZES)[number], Buffer>): Promise<void> {
    try {
      await Promise.all(PHOTO_SIZES.map((size) => this.storage.put(photoObjectKey(photoKey, size), renditions[size], 'image/webp')));
    } catch (error) {
      await this.deleteObjects(photoKey);
      throw error;
    }
  }

  /** Removes a photo's objects. Outside erasure a failure is logged, not raised: the profile no longer points at them. */
  private async deleteObjects(photoKey: string, options: { strict?: boolean } = {}): Promise<void> {
    if (!PHOTO_KEY.test(photoKey)) {
      this.log.warn({ photoKey }, 'a profile points at a photo key of an unknown shape; its objects were not removed');
      return;
    }
    const results = await Promise.allSettled(PHOTO_SIZES.map((size) => this.storage.delete(photoObjectKey(photoKey, size))));
    const failure = results.find((result): result is PromiseRejectedResult => result.status === 'rejected');
    if (!failure) return;
    if (options.strict) throw failure.reason;
    this.log.warn({ err: failure.reason, photoKey }, 'could not remove replaced photo objects; they stay orphaned in storage');
  }
}
