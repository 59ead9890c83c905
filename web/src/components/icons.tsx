// A few stroke icons (24×24, currentColor), decorative: the controls carry the accessible names.
import type { SVGProps } from 'react';

type IconProps = SVGProps<SVGSVGElement> & { size?: number };

function Icon({ size = 20, children, ...props }: IconProps) {
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={1.8}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
      {...props}
    >
      {children}
    </svg>
  );
}

export const BellIcon = (props: IconProps) => (
  <Icon {...props}>
    <path d="M10 5a2 2 0 1 1 4 0a7 7 0 0 1 4 6v3a4 4 0 0 0 2 3h-16a4 4 0 0 0 2 -3v-3a7 7 0 0 1 4 -6" />
    <path d="M9 17v1a3 3 0 0 0 6 0v-1" />
  </Icon>
);

export const LanguageIcon = (props: IconProps) => (
  <Icon {...props}>
    <path d="M4 5h7" />
    <path d="M9 3v2c0 4.418 -2.239 8 -5 8" />
    <path d="M5 9c0 2.144 2.952 3.908 6.7 4" />
    <path d="M12 20l4 -9l4 9" />
    <path d="M19.1 18h-6.2" />
  </Icon>
);

export const LogoutIcon = (props: IconProps) => (
  <Icon {...props}>
    <path d="M14 8v-2a2 2 0 0 0 -2 -2h-7a2 2 0 0 0 -2 2v12a2 2 0 0 0 2 2h7a2 2 0 0 0 2 -2v-2" />
    <path d="M9 12h12l-3 -3" />
    <path d="M18 15l3 -3" />
  </Icon>
);

export const CheckIcon = (props: IconProps) => (
  <Icon {...props}>
    <path d="M5 12l5 5l10 -10" />
  </Icon>
);

export const XIcon = (props: IconProps) => (
  <Icon {...props}>
    <path d="M18 6l-12 12" />
    <path d="M6 6l12 12" />
  </Icon>
);

export const AlertIcon = (props: IconProps) => (
  <Icon {...props}>
    <path d="M12 9v4" />
    <path d="M10.363 3.591l-8.106 13.534a1.914 1.914 0 0 0 1.636 2.871h16.214a1.914 1.914 0 0 0 1.636 -2.87l-8.106 -13.536a1.914 1.914 0 0 0 -3.274 0z" />
    <path d="M12 16h.01" />
  </Icon>
);

export const HourglassIcon = (props: IconProps) => (
  <Icon {...props}>
    <path d="M6.5 7h11" />
    <path d="M6.5 17h11" />
    <path d="M6 20v-2a6 6 0 1 1 12 0v2a1 1 0 0 1 -1 1h-10a1 1 0 0 1 -1 -1z" />
    <path d="M6 4v2a6 6 0 1 0 12 0v-2a1 1 0 0 0 -1 -1h-10a1 1 0 0 0 -1 1z" />
  </Icon>
);

/** The Kizuna mark: two linked rings on the brand tile (same drawing as the app icon). */
export function KizunaMark({ size = 28 }: { size?: number }) {
  const ring = { fill: 'none', strokeLinecap: 'butt' as const };
  const brand = 'var(--mantine-color-indigo-8)';
  return (
    <svg width={size} height={size} viewBox="0 0 512 512" aria-hidden="true" focusable="false">
      <defs>
        <clipPath id="kizuna-mark-gap">
          <circle cx="256" cy="161" r="48" />
        </clipPath>
        <clipPath id="kizuna-mark-over">
          <circle cx="256" cy="161" r="72" />
        </clipPath>
      </defs>
      <rect width="512" height="512" rx="112" fill={brand} />
      <g transform="translate(256 256) scale(0.8) translate(-256 -256)">
        <circle cx="200" cy="256" r="110" {...ring} stroke="#fff" strokeWidth="40" />
        <circle cx="312" cy="256" r="110" {...ring} stroke={brand} strokeWidth="60" />
        <circle cx="312" cy="256" r="110" {...ring} stroke="#fff" strokeWidth="40" />
        <circle cx="200" cy="256" r="110" {...ring} stroke={brand} strokeWidth="60" clipPath="url(#kizuna-mark-gap)" />
        <circle cx="200" cy="256" r="110" {...ring} stroke="#fff" strokeWidth="40" clipPath="url(#kizuna-mark-over)" />
      </g>
    </svg>
  );
}
