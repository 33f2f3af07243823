import { createHmac, timingSafeEqual } from 'crypto';
import type { ISiteUser } from '../store/users';

/**
 * Form digests (`X-RequestDigest`) as SharePoint issues them from `POST _api/contextinfo`: opaque, valid for
 * `FormDigestTimeoutSeconds` (1800 by default, as online), and bound to the user they were issued to — and to this
 * site, by a secret kept with its data. Stateless: the value carries its issue time and an HMAC over user and time,
 * so nothing has to be remembered per digest. The shape is SharePoint's: `0x` + 128 hex digits, a comma, a date.
 */
export class FormDigests {
  /** Seconds a digest stays valid; `startLocalSite({ formDigestTimeoutSeconds })` sets it (tests use a short one). */
  public timeoutSeconds = 1800;

  public constructor(private readonly secret: string, private readonly now: () => number = Date.now) {}

  private mac(user: ISiteUser, issued: number): string {
    return createHmac('sha512', this.secret).update(`${user.loginName.toLowerCase()}|${issued}`).digest('hex').slice(0, 112);
  }

  /** A new digest for `user`. */
  public issue(user: ISiteUser): string {
    const issued = this.now();
    const date = new Date(issued).toUTCString().replace(/^\w+, /, '').replace('GMT', '-0000');
    return `0x${(issued.toString(16).padStart(16, '0') + this.mac(user, issued)).toUpperCase()},${date}`;
  }

  /** Checks a digest sent by `user`: `ok`, `invalid` (missing, malformed, forged or another user's) or `expired`. */
  public verify(value: string | undefined, user: ISiteUser): 'ok' | 'invalid' | 'expired' {
    const m = /^0x([0-9A-F]{16})([0-9A-F]{112}),/i.exec((value ?? '').trim());
    if (!m) return 'invalid';
    const issued = parseInt(m[1], 16);
    const expected = Buffer.from(this.mac(user, issued), 'utf8');
    const given = Buffer.from(m[2].toLowerCase(), 'utf8');
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return 'invalid';
    const age = this.now() - issued;
    if (age < 0 || age > this.timeoutSeconds * 1000) return 'expired';
    return 'ok';
  }
}
