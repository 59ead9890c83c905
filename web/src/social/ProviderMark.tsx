/**
 * A small mark for a sign-in provider's button: each well-known provider's own logo (LINE's speech
 * bubble, Google's G, Microsoft's four squares, Apple's apple, Facebook's f), otherwise the
 * provider's initial. Single-colour marks take the text colour, so they sit on the brand button.
 */
export function ProviderMark({ provider, name }: { provider: string; name: string }) {
  if (provider === 'google') {
    return (
      <svg width={18} height={18} viewBox="0 0 18 18" aria-hidden="true" focusable="false">
        <path
          fill="#EA4335"
          d="M9 3.48c1.69 0 2.83.73 3.48 1.34l2.54-2.48C13.46.89 11.43 0 9 0 5.48 0 2.44 2.02.96 4.96l2.91 2.26C4.6 5.05 6.62 3.48 9 3.48z"
        />
        <path fill="#4285F4" d="M17.64 9.2c0-.74-.06-1.28-.19-1.84H9v3.34h4.96c-.1.83-.64 2.08-1.84 2.92l2.84 2.2c1.7-1.57 2.68-3.88 2.68-6.62z" />
        <path fill="#FBBC05" d="M3.88 10.78A5.54 5.54 0 0 1 3.58 9c0-.62.11-1.22.29-1.78L.96 4.96A9.008 9.008 0 0 0 0 9c0 1.45.35 2.82.96 4.04l2.92-2.26z" />
        <path fill="#34A853" d="M9 18c2.43 0 4.47-.8 5.96-2.18l-2.84-2.2c-.76.53-1.78.9-3.12.9-2.38 0-4.4-1.57-5.12-3.74L.97 13.04C2.45 15.98 5.48 18 9 18z" />
      </svg>
    );
  }
  if (provider === 'microsoft') {
    return (
      <svg width={18} height={18} viewBox="0 0 21 21" aria-hidden="true" focusable="false">
        <rect x="1" y="1" width="9" height="9" fill="#F25022" />
        <rect x="11" y="1" width="9" height="9" fill="#7FBA00" />
        <rect x="1" y="11" width="9" height="9" fill="#00A4EF" />
        <rect x="11" y="11" width="9" height="9" fill="#FFB900" />
      </svg>
    );
  }
  if (provider === 'apple') {
    return (
      <svg width={18} height={18} viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <path
          fill="currentColor"
          d="M12.152 6.896c-.948 0-2.415-1.078-3.96-1.04-2.04.027-3.91 1.183-4.961 3.014-2.117 3.675-.546 9.103 1.519 12.09 1.013 1.454 2.208 3.09 3.792 3.039 1.52-.065 2.09-.987 3.935-.987 1.831 0 2.35.987 3.96.948 1.637-.026 2.676-1.48 3.676-2.948 1.156-1.688 1.636-3.325 1.662-3.415-.039-.013-3.182-1.221-3.22-4.857-.026-3.04 2.48-4.494 2.597-4.559-1.429-2.09-3.623-2.324-4.39-2.376-2-.156-3.675 1.09-4.61 1.09zM15.53 3.83c.843-1.012 1.4-2.427 1.245-3.83-1.207.052-2.662.805-3.532 1.818-.78.896-1.454 2.338-1.273 3.714 1.338.104 2.715-.688 3.559-1.701"
        />
      </svg>
    );
  }
  if (provider === 'facebook') {
    return (
      <svg width={20} height={20} viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <path
          fill="currentColor"
          d="M9.101 23.691v-7.98H6.627v-3.667h2.474v-1.58c0-4.085 1.848-5.978 5.858-5.978.401 0 .955.042 1.468.103a8.68 8.68 0 0 1 1.141.195v3.325a8.623 8.623 0 0 0-.653-.036 26.805 26.805 0 0 0-.733-.009c-.707 0-1.259.096-1.675.309a1.686 1.686 0 0 0-.679.622c-.258.42-.374.995-.374 1.752v1.297h3.919l-.386 2.103-.287 1.564h-3.246v8.245C19.396 23.238 24 18.179 24 12.044c0-6.627-5.373-12-12-12s-12 5.373-12 12c0 5.628 3.874 10.35 9.101 11.647Z"
        />
      </svg>
    );
  }
  if (provider === 'line') {
    return (
      <svg width={20} height={20} viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <path
          fill="currentColor"
          d="M12 3C6.5 3 2 6.6 2 11.1c0 4 3.6 7.4 8.4 8l.1.1c.4.1.5.4.4.8l-.2 1.2c-.1.4.2.7.6.5 3.4-1.8 8.7-5.4 10.5-8.6.6-.9.9-1.9.9-3C22 6.6 17.5 3 12 3Z"
        />
        <text x="12" y="13.6" textAnchor="middle" fontSize="5.6" fontWeight="700" fontFamily="Arial, sans-serif" fill="#06C755">
          LINE
        </text>
      </svg>
    );
  }
  return (
    <svg width={20} height={20} viewBox="0 0 20 20" aria-hidden="true" focusable="false">
      <circle cx="10" cy="10" r="9" fill="none" stroke="currentColor" strokeWidth="1.5" />
      <text x="10" y="14" textAnchor="middle" fontSize="10" fontWeight="700" fontFamily="Arial, sans-serif" fill="currentColor">
        {name.charAt(0).toUpperCase()}
      </text>
    </svg>
  );
}

/** LINE's own green, as its brand guidelines ask for on login buttons. */
export const LINE_GREEN = '#06C755';

/**
 * How a provider's sign-in button looks, after each brand's guidelines: LINE green, Apple black and
 * Facebook blue buttons with a white mark; Google, Microsoft and any other provider a plain button.
 */
export function providerButtonStyle(provider: string): { variant: 'filled' | 'default'; color?: string } {
  switch (provider) {
    case 'line':
      return { variant: 'filled', color: LINE_GREEN };
    case 'apple':
      return { variant: 'filled', color: '#000000' };
    case 'facebook':
      return { variant: 'filled', color: '#1877F2' };
    default:
      return { variant: 'default' };
  }
}
