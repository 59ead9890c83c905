import { z } from 'zod';
import { oidcProvidersSetting } from './provider-config';

/** identity's settings for social sign-in: the providers, and the web origin they send browsers back to. */
export const socialSettingsShape = {
  OIDC_PROVIDERS: oidcProvidersSetting,
};

/** The web origin (links in e-mail, redirect URIs of sign-in providers). */
export const publicWebUrlSetting = z.url({ protocol: /^https?$/ }).default('http://localhost:5173');
