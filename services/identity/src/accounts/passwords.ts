import { hash, verify, Algorithm } from '@node-rs/argon2';

/**
 * argon2id at OWASP's first recommended setting (m=19 MiB, t=2, p=1).
 * A dummy hash lets sign-in of an unknown e-mail cost the same as a wrong password.
 */
const OPTIONS = { algorithm: Algorithm.Argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

let dummyHash: Promise<string> | undefined;

export async function verifyPassword(passwordHash: string | null | undefined, password: string): Promise<boolean> {
  if (!passwordHash) {
    dummyHash ??= hashPassword('kizuna-timing-equaliser');
    await verify(await dummyHash, password);
    return false;
  }
  return verify(passwordHash, password);
}
