import Bowser from 'bowser';

export interface DeviceDescription {
  browser: string | null;
  operatingSystem: string | null;
  deviceType: 'desktop' | 'mobile' | 'tablet' | 'unknown';
}

/** What a person recognises their device by, from its user agent. */
export function describeDevice(userAgent: string | null): DeviceDescription {
  if (!userAgent) return { browser: null, operatingSystem: null, deviceType: 'unknown' };
  const parsed = Bowser.parse(userAgent);
  const major = parsed.browser.version?.split('.')[0];
  const browser = parsed.browser.name ? [parsed.browser.name, major].filter(Boolean).join(' ') : null;
  const type = parsed.platform.type;
  return {
    browser,
    operatingSystem: parsed.os.name ?? null,
    deviceType: type === 'desktop' || type === 'mobile' || type === 'tablet' ? type : 'unknown',
  };
}
