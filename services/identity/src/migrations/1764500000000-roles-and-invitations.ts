import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Custom roles (a name and a set of permissions per network), staff invitations by e-mail,
 * invitation links with their referrals, and whether members may invite.
 */
export class RolesAndInvitations1764500000000 implements MigrationInterface {
  name = 'RolesAndInvitations1764500000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE TABLE identity.custom_roles (
      id uuid PRIMARY KEY, network_id uuid NOT NULL REFERENCES identity.networks(id),
      name text NOT NULL CHECK (length(name) BETWEEN 1 AND 60), description text,
      permissions text[] NOT NULL DEFAULT '{}',
      created_at timestamptz(3) NOT NULL DEFAULT now(), updated_at timestamptz(3) NOT NULL DEFAULT now())`);
    await db.query(`CREATE UNIQUE INDEX custom_roles_name ON identity.custom_roles (network_id, lower(name))`);
    // (id, network_id) is referenced by memberships, so a membership can only hold a role of its own network.
    await db.query(`ALTER TABLE identity.custom_roles ADD CONSTRAINT custom_roles_in_network UNIQUE (id, network_id)`);

    await db.query(`CREATE TABLE identity.invitation_links (
      id uuid PRIMARY KEY, network_id uuid NOT NULL REFERENCES identity.networks(id),
      code text NOT NULL UNIQUE, label text,
      created_by uuid NOT NULL REFERENCES identity.memberships(id) ON DELETE CASCADE,
      role text CHECK (role IN ('admin', 'staff', 'member')), custom_role_id uuid,
      skip_approval boolean NOT NULL DEFAULT false,
      max_uses integer CHECK (max_uses > 0), uses integer NOT NULL DEFAULT 0 CHECK (uses >= 0),
      expires_at timestamptz(3), revoked_at timestamptz(3), revoked_by uuid REFERENCES identity.memberships(id) ON DELETE SET NULL,
      created_at timestamptz(3) NOT NULL DEFAULT now(),
      FOREIGN KEY (custom_role_id, network_id) REFERENCES identity.custom_roles(id, network_id))`);
    await db.query(`CREATE INDEX invitation_links_list ON identity.invitation_links (network_id, created_at DESC, id DESC)`);

    await db.query(`CREATE TABLE identity.staff_invitations (
      id uuid PRIMARY KEY, network_id uuid NOT NULL REFERENCES identity.networks(id),
      email text NOT NULL CHECK (email = lower(email)),
      role text NOT NULL CHECK (role IN ('admin', 'staff', 'member')), custom_role_id uuid,
      message text, token_hash text NOT NULL UNIQUE,
      invited_by uuid REFERENCES identity.memberships(id) ON DELETE SET NULL,
      expires_at timestamptz(3) NOT NULL, last_sent_at timestamptz(3) NOT NULL, send_count integer NOT NULL DEFAULT 1,
      accepted_at timestamptz(3), accepted_membership_id uuid REFERENCES identity.memberships(id) ON DELETE SET NULL,
      revoked_at timestamptz(3), created_at timestamptz(3) NOT NULL DEFAULT now(),
      FOREIGN KEY (custom_role_id, network_id) REFERENCES identity.custom_roles(id, network_id))`);
    await db.query(`CREATE INDEX staff_invitations_list ON identity.staff_invitations (network_id, created_at DESC, id DESC)`);
    // One open invitation per address and network: inviting again means resending that one.
    await db.query(`CREATE UNIQUE INDEX staff_invitations_open ON identity.staff_invitations (network_id, email)
      WHERE accepted_at IS NULL AND revoked_at IS NULL`);

    await db.query(`ALTER TABLE identity.memberships
      ADD COLUMN custom_role_id uuid,
      ADD COLUMN referred_by uuid REFERENCES identity.memberships(id) ON DELETE SET NULL,
      ADD COLUMN invitation_link_id uuid REFERENCES identity.invitation_links(id) ON DELETE SET NULL,
      ADD CONSTRAINT memberships_custom_role FOREIGN KEY (custom_role_id, network_id) REFERENCES identity.custom_roles(id, network_id)`);
    await db.query(`CREATE INDEX memberships_referrals ON identity.memberships (network_id, referred_by) WHERE referred_by IS NOT NULL`);
    await db.query(`CREATE INDEX memberships_custom_role ON identity.memberships (custom_role_id) WHERE custom_role_id IS NOT NULL`);

    await db.query(`ALTER TABLE identity.networks ADD COLUMN members_can_invite boolean NOT NULL DEFAULT true`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE identity.networks DROP COLUMN members_can_invite`);
    await db.query(`ALTER TABLE identity.memberships DROP COLUMN invitation_link_id, DROP COLUMN referred_by, DROP COLUMN custom_role_id`);
    await db.query(`DROP TABLE identity.staff_invitations`);
    await db.query(`DROP TABLE identity.invitation_links`);
    await db.query(`DROP TABLE identity.custom_roles`);
  }
}
