import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

@Entity({ name: 'organizations' })
export class OrganizationEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column('text')
  name: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

@Entity({ name: 'networks' })
export class NetworkEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid', { name: 'organization_id' })
  organizationId: string;

  @Column('text', { unique: true })
  slug: string;

  @Column('text')
  name: string;

  @Column('text', { name: 'default_locale' })
  defaultLocale: string;

  /** An https URL, or a small raster image as a data: URL. */
  @Column('text', { name: 'logo_url', nullable: true })
  logoUrl: string | null;

  /** `#rrggbb`, lower case. */
  @Column('text', { name: 'primary_color', nullable: true })
  primaryColor: string | null;

  @Column('text', { name: 'welcome_text', nullable: true })
  welcomeText: string | null;

  @Column('boolean', { name: 'registration_open', default: true })
  registrationOpen: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz', precision: 3 })
  updatedAt: Date;
}

/** A slug the network used before: old registration links keep leading to it. */
@Entity({ name: 'network_slug_aliases' })
export class NetworkSlugAliasEntity {
  @PrimaryColumn('text')
  slug: string;

  @Column('uuid', { name: 'network_id' })
  networkId: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
