// What the configuration files need from outside the pure core: the CA a profile installs
// (configured, or a labelled demo CA locally) and, optionally, a signer for Apple profiles.
import type { CaCertificate } from './pem';

export interface ProfileCa {
  certificate: CaCertificate;
  /** A throw-away demo CA (local runs): the download page says so. */
  demo: boolean;
}

/** Signs a profile as CMS/PKCS#7 signed data (DER), e.g. with `openssl smime -sign`. */
export interface ProfileSigner {
  /** Who signs, as the download page names it (the signing certificate's subject). */
  readonly signerName: string;
  sign(profile: Uint8Array): Promise<Uint8Array>;
}

export interface ConfigFilesDeps {
  ca: ProfileCa | null;
  signer?: ProfileSigner | undefined;
}
