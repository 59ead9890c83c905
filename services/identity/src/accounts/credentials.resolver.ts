import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { Access, type Viewer } from '@kizuna/auth';
import { CurrentViewer, type RequestContext } from '@kizuna/subgraph';
import { toMember } from '../memberships/member-views';
import { MemberType } from '../memberships/member.type';
import { startBrowserSession } from '../sessions/browser-session';
import { clientOf, currentExchange } from '../sessions/http-exchange';
import { readRefreshCookie } from '../sessions/refresh-cookie';
import type { SessionService } from '../sessions/session.service';
import type { AccountEntity } from './account.entity';
import {
  AccountEmailPayload,
  ChangeEmailInput,
  ChangePasswordInput,
  ChangePasswordPayload,
  ConfirmEmailChangeInput,
  RequestPasswordResetInput,
  RequestPasswordResetPayload,
  ResendVerificationEmailPayload,
  ResetPasswordInput,
  ResetPasswordPayload,
  VerifyEmailInput,
  VerifyEmailPayload,
} from './credentials.inputs';
import type { CredentialsService } from './credentials.service';

const emailState = (account: AccountEntity): AccountEmailPayload => ({
  email: account.email,
  pendingEmail: account.pendingEmail,
  emailVerified: account.emailVerifiedAt !== null,
  errors: [],
});

@Resolver(() => MemberType)
export class CredentialsResolver {
  /** Accounts asked for while resolving one response (e.g. a page of the approval queue), loaded in one query. */
  private batch: { ids: Set<string>; done: Promise<Map<string, AccountEntity>> } | undefined;

  constructor(
    private readonly credentials: CredentialsService,
    private readonly sessions: SessionService,
  ) {}

  @FieldResolver(() => Boolean, {
    nullable: true,
    description: "Whether the member proved their e-mail address. Visible where `email` is: to the member and to the network's admins.",
  })
  async emailVerified(@Root() member: MemberType): Promise<boolean | null> {
    if (!member.email) return null;
    const account = await this.loadAccount(member.accountId);
    return account ? account.emailVerifiedAt !== null : null;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'An address the member asked to change to and has not confirmed yet. Visible to the member only.',
  })
  async pendingEmail(@Root() member: MemberType, @Ctx() { viewer }: RequestContext): Promise<string | null> {
    if (!viewer || viewer.accountId !== member.accountId) return null;
    return (await this.loadAccount(member.accountId))?.pendingEmail ?? null;
  }

  @Mutation(() => VerifyEmailPayload, {
    description:
      "Spends the link from the verification e-mail (or the one that continues joining with an existing account). Works in any browser, and signs it in to the link's network as signIn does (access token and refresh cookie) unless that membership is rejected or suspended.",
  })
  async verifyEmail(@Arg('input') input: VerifyEmailInput): Promise<VerifyEmailPayload> {
    const result = await this.credentials.verifyEmail(input.token);
    if (!result.ok) return { emailVerified: false, errors: result.errors };
    const { account, membership } = result.value;
    if (!membership) return { emailVerified: true, errors: [] };
    const session = await startBrowserSession(this.sessions, membership);
    return { emailVerified: true, accessToken: session.accessToken, member: toMember(membership, account.email), errors: [] };
  }

  @Authorized(Access.PENDING_ALLOWED)
  @Mutation(() => ResendVerificationEmailPayload, { description: 'Sends a new verification link to the signed-in person (at most one a minute).' })
  async resendVerificationEmail(@CurrentViewer() viewer: Viewer): Promise<ResendVerificationEmailPayload> {
    const result = await this.credentials.resendVerification(viewer);
    return result.ok ? { sent: true, errors: [] } : { sent: false, errors: result.errors };
  }

  @Mutation(() => RequestPasswordResetPayload, { description: 'Sends a password reset link if the address is registered; the answer is the same either way.' })
  async requestPasswordReset(@Arg('input') input: RequestPasswordResetInput): Promise<RequestPasswordResetPayload> {
    // Counted per address and per client before anything else, so the limit reads the same for unknown addresses.
    const throttled = await this.sessions.passwordResetRequest(input.email, clientOf(currentExchange()?.req));
    if (throttled) return { errors: [throttled.error] };
    const result = await this.credentials.requestPasswordReset(input.email, input.networkSlug);
    return { errors: result.ok ? [] : result.errors };
  }

  @Mutation(() => ResetPasswordPayload, { description: "Sets a new password with the link from the reset e-mail; the account's other sessions end." })
  async resetPassword(@Arg('input') input: ResetPasswordInput): Promise<ResetPasswordPayload> {
    const result = await this.credentials.resetPassword(input.token, input.newPassword);
    if (!result.ok) return { passwordChanged: false, errors: result.errors };
    return { passwordChanged: true, networkSlug: result.value.networkSlug, errors: [] };
  }

  @Authorized(Access.PENDING_ALLOWED)
  @Mutation(() => ChangePasswordPayload, {
    description: "Changes the signed-in person's password; the current one is required. Their sessions on other devices end.",
  })
  async changePassword(@Arg('input') input: ChangePasswordInput, @CurrentViewer() viewer: Viewer): Promise<ChangePasswordPayload> {
    const exchange = currentExchange();
    const currentSessionId = await this.sessions.sessionIdOf(exchange && readRefreshCookie(exchange.req));
    const result = await this.credentials.changePassword(viewer, input.currentPassword, input.newPassword, currentSessionId);
    return result.ok ? { passwordChanged: true, errors: [] } : { passwordChanged: false, errors: result.errors };
  }

  @Authorized(Access.PENDING_ALLOWED)
  @Mutation(() => AccountEmailPayload, {
    description:
      'Asks to move the account to another address: a link goes to the new address, a notice to the current one. The address changes once the link is opened.',
  })
  async changeEmail(@Arg('input') input: ChangeEmailInput, @CurrentViewer() viewer: Viewer): Promise<AccountEmailPayload> {
    const result = await this.credentials.changeEmail(viewer, input.newEmail, input.currentPassword);
    return result.ok ? emailState(result.value) : { errors: result.errors };
  }

  @Authorized(Access.PENDING_ALLOWED)
  @Mutation(() => AccountEmailPayload, { description: 'Withdraws a pending e-mail change.' })
  async cancelEmailChange(@CurrentViewer() viewer: Viewer): Promise<AccountEmailPayload> {
    const result = await this.credentials.cancelEmailChange(viewer);
    return result.ok ? emailState(result.value) : { errors: result.errors };
  }

  @Mutation(() => AccountEmailPayload, { description: 'Spends the link sent to the new address: the account now uses it. Works without signing in.' })
  async confirmEmailChange(@Arg('input') input: ConfirmEmailChangeInput): Promise<AccountEmailPayload> {
    const result = await this.credentials.confirmEmailChange(input.token);
    return result.ok ? emailState(result.value) : { errors: result.errors };
  }

  private loadAccount(accountId: string): Promise<AccountEntity | undefined> {
    if (!this.batch) {
      const ids = new Set<string>();
      const done = new Promise<void>((resolve) => setImmediate(resolve)).then(async () => {
        this.batch = undefined;
        return new Map((await this.credentials.accountsByIds([...ids])).map((account) => [account.id, account]));
      });
      this.batch = { ids, done };
    }
    this.batch.ids.add(accountId);
    return this.batch.done.then((accounts) => accounts.get(accountId));
  }
}
