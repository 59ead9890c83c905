/** A small mark for a sign-in provider's button: LINE's speech bubble, otherwise the provider's initial. */
export function ProviderMark({ provider, name }: { provider: string; name: string }) {
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
