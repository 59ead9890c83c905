import { Column, Entity, PrimaryColumn } from 'typeorm';

export const COMPANY_STAGES = ['IDEA', 'PRE_SEED', 'SEED', 'SERIES_A', 'SERIES_B_PLUS', 'PROFITABLE', 'PUBLIC', 'ACQUIRED', 'CLOSED'] as const;
export type CompanyStageValue = (typeof COMPANY_STAGES)[number];

/** A company a member founded, listed in their network's alumni companies while the founder is an approved member. */
@Entity({ name: 'companies' })
export class CompanyEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid', { name: 'network_id' })
  networkId: string;

  /** The founder's membership id (cascades when a roster row is adopted, and with the profile's erasure). */
  @Column('uuid', { name: 'founder_id' })
  founderId: string;

  @Column('text')
  name: string;

  @Column('text', { nullable: true })
  industry: string | null;

  @Column('text', { nullable: true })
  stage: CompanyStageValue | null;

  @Column('text', { nullable: true })
  url: string | null;

  @Column('text', { nullable: true })
  description: string | null;

  @Column('int', { name: 'founded_year', nullable: true })
  foundedYear: number | null;

  /** Folded name, industry and description that text search reads (see companySearchText). */
  @Column('text', { name: 'search_text', default: '' })
  searchText: string;

  @Column('timestamptz', { name: 'created_at' })
  createdAt: Date;

  @Column('timestamptz', { name: 'updated_at' })
  updatedAt: Date;
}
