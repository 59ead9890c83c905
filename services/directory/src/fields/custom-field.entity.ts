import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { Visibility } from './visibility';

export const CUSTOM_FIELD_TYPES = ['TEXT', 'LONG_TEXT', 'NUMBER', 'YEAR', 'DATE', 'URL', 'SINGLE_CHOICE', 'MULTIPLE_CHOICE'] as const;
export type CustomFieldType = (typeof CUSTOM_FIELD_TYPES)[number];

export interface CustomFieldOption {
  /** Stable value stored in profiles; the label can be renamed. */
  value: string;
  label: string;
}

/** A profile field a network's admins defined. Archived fields keep their values but are not shown or asked. */
@Entity({ name: 'custom_fields' })
export class CustomFieldEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid', { name: 'network_id' })
  networkId: string;

  /** Stable key (e.g. `club`); registration questions whose destination is a profile field use it. */
  @Column('text')
  key: string;

  @Column('text')
  label: string;

  @Column('text')
  type: CustomFieldType;

  @Column('jsonb', { default: () => `'[]'` })
  options: CustomFieldOption[];

  @Column('text', { name: 'help_text', nullable: true })
  helpText: string | null;

  @Column('text')
  visibility: Visibility;

  @Column('int')
  position: number;

  @Column('timestamptz', { name: 'archived_at', nullable: true })
  archivedAt: Date | null;

  @Column('timestamptz', { name: 'created_at' })
  createdAt: Date;

  @Column('timestamptz', { name: 'updated_at' })
  updatedAt: Date;
}
