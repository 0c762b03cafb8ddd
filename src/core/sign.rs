//! Keys and detached signatures in minisign's format, so that release engineers can also
//! sign and check with the standard `minisign` tool. The format, the cryptography and the
//! encryption of secret keys are the `minisign` crate's (by minisign's author); this module
//! adds what cbe needs around it: key ids as minisign prints them, errors as sentences, and
//! the secret keys of older minisign tools.

use std::fmt;
use std::fs;
use std::io::Cursor;
use std::path::Path;

use base64::engine::general_purpose::STANDARD as B64;
use base64::Engine;

use crate::error::Result as CbeResult;

/// What the untrusted comment of a secret key file says; minisign writes the same for
/// encrypted and unencrypted keys.
const SECRET_KEY_COMMENT: &str = "minisign encrypted secret key";

/// A public key that can check signatures.
#[derive(Clone, PartialEq, Eq)]
pub struct PublicKey(minisign::PublicKey);

/// A secret key that can sign: decrypted, with its public half.
pub struct SecretKey {
    secret: minisign::SecretKey,
    public: PublicKey,
}

/// A parsed `.minisig`.
#[derive(Clone)]
pub struct Signature(minisign::SignatureBox);

/// A secret key's password; never printed.
pub struct Password(pub(crate) String);

impl Password {
    /// Wraps a password.
    pub fn new(s: String) -> Password {
        Password(s)
    }

    /// The password, for the `minisign` crate.
    pub fn into_string(self) -> String {
        self.0
    }
}

impl fmt::Debug for Password {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Password(…)")
    }
}

/// A new key pair, as the texts of its two files.
pub struct KeyFiles {
    /// The secret key file (encrypted unless made without a password).
    pub secret: String,
    /// The public key file.
    pub public: String,
}

impl fmt::Debug for PublicKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "PublicKey({})", self.id_hex())
    }
}

/// A key id as minisign prints it: the 8 bytes as a little-endian number, in hex.
fn id_hex(keynum: &[u8]) -> String {
    keynum.iter().rev().map(|b| format!("{b:02X}")).collect()
}

/// The base64 line of a minisign file: the first line that is not a comment.
fn payload_line(text: &str) -> Option<&str> {
    text.lines()
        .map(str::trim)
        .find(|l| !l.is_empty() && !l.starts_with("untrusted comment:"))
}

fn describe(e: minisign::PError) -> String {
    format!("minisign: {e}")
}

impl PublicKey {
    /// Reads a public key file's text, or the bare base64 key (`RW…`).
    pub fn parse(text: &str) -> Result<PublicKey, String> {
        let line = payload_line(text).ok_or("no key in it")?;
        let key = minisign::PublicKey::from_base64(line).map_err(describe)?;
        // The crate reads any two bytes as the algorithm; minisign's keys say Ed25519.
        if !key.to_bytes().starts_with(b"Ed") {
            return Err("not a minisign Ed25519 public key".to_string());
        }
        Ok(PublicKey(key))
    }

    /// The key id, as minisign prints it.
    pub fn id_hex(&self) -> String {
        id_hex(self.0.keynum())
    }

    /// The bare base64 form (`RW…`), as pin files may carry it.
    pub fn to_base64(&self) -> String {
        self.0.to_base64()
    }

    /// The public key file's text.
    pub fn to_file(&self) -> Result<String, String> {
        Ok(self.0.to_box().map_err(describe)?.to_string())
    }

    /// Checks `sig` over `data` with this key: the key id, the signature and the trusted
    /// comment's global signature must all match.
    pub fn verify(&self, data: &[u8], sig: &Signature) -> Result<(), String> {
        // Said first and in cbe's words: with several trusted keys, most fail this way.
        if sig.0.keynum() != self.0.keynum() {
            return Err(format!(
                "signed by key {}, not by trusted key {}",
                id_hex(sig.0.keynum()),
                self.id_hex()
            ));
        }
        // Legacy (not prehashed) signatures are accepted, as `minisign -V` accepts them.
        minisign::verify(&self.0, &sig.0, Cursor::new(data), true, false, true).map_err(describe)
    }
}

/// Where a trusted key was listed, so that a message about the key says what to fix.
#[derive(Debug, Clone, Copy)]
pub enum Listed<'a> {
    /// `--trusted-key` (or `CBE_TRUSTED_KEYS`).
    Flag,
    /// `trusted_keys` in this file (a pin file or a line's config.toml).
    In(&'a Path),
}

impl std::fmt::Display for Listed<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Listed::Flag => f.write_str("--trusted-key (or CBE_TRUSTED_KEYS)"),
            Listed::In(p) => write!(f, "`trusted_keys` in {}", p.display()),
        }
    }
}

/// Reads a public key: a file's path, or the key's base64 text itself, `listed` where the
/// user named it.
pub fn read_public_key(spec: &str, base: &Path, listed: Listed<'_>) -> CbeResult<PublicKey> {
    // Key text is the 56 base64 characters of "Ed" + key id + key, which start "RW".
    if spec.len() == 56 && spec.starts_with("RW") {
        if let Ok(k) = PublicKey::parse(spec) {
            return Ok(k);
        }
    }
    let path = base.join(spec);
    let doing = || format!("reading public key `{spec}` (listed in {listed})");
    let text = fs::read_to_string(&path).map_err(|e| {
        let missing = e.kind() == std::io::ErrorKind::NotFound;
        let doing = if missing {
            format!(
                "{}: put the repository's public key (its .pub file) there, or correct {listed}",
                doing()
            )
        } else {
            doing()
        };
        crate::error::Error::io(&path, e).during(doing)
    })?;
    PublicKey::parse(&text).map_err(|e| crate::error::Error::malformed(&path, e).during(doing()))
}

/// Makes a new key pair; the secret key is encrypted with `password` when there is one.
pub fn generate(password: Option<Password>) -> Result<KeyFiles, String> {
    let pair = match password {
        // Always Some: given None, the crate would ask on the terminal itself.
        Some(p) => minisign::KeyPair::generate_encrypted_keypair(Some(p.into_string())),
        None => minisign::KeyPair::generate_unencrypted_keypair(),
    }
    .map_err(describe)?;
    let secret = pair.sk.to_box(Some(SECRET_KEY_COMMENT)).map_err(describe)?;
    Ok(KeyFiles {
        secret: secret.to_string(),
        public: PublicKey(pair.pk).to_file()?,
    })
}

/// Why a secret key file could not be read.
#[derive(Debug)]
pub enum SecretKeyError<E> {
    /// The file is not a usable key.
    Bad(String),
    /// The key is encrypted and the password does not decrypt it.
    WrongPassword,
    /// The key is encrypted and getting its password failed.
    Password(E),
}

impl SecretKey {
    /// Reads a secret key file (cbe's, or minisign's with or without `-W`); `password` is
    /// asked only when the key is encrypted.
    pub fn parse<E>(
        text: &str,
        password: impl FnOnce() -> Result<Password, E>,
    ) -> Result<SecretKey, SecretKeyError<E>> {
        let bad = |e| SecretKeyError::Bad(describe(e));
        let line =
            payload_line(text).ok_or_else(|| SecretKeyError::Bad("no key in it".to_string()))?;
        let raw = B64
            .decode(line)
            .map_err(|_| SecretKeyError::Bad("the key is not base64".to_string()))?;
        let stored = minisign::SecretKey::from_bytes(&raw).map_err(bad)?;
        // The crate takes the key from a box's second line: the line decoded here.
        let boxed = minisign::SecretKeyBox::from_string(&format!(
            "untrusted comment: {SECRET_KEY_COMMENT}\n{line}\n"
        ))
        .map_err(bad)?;
        let secret = if stored.is_encrypted() {
            let password = password().map_err(SecretKeyError::Password)?;
            minisign::SecretKey::from_box(boxed, Some(password.into_string())).map_err(|e| {
                match e.kind() {
                    // The crate's one check of a decryption is the checksum.
                    minisign::ErrorKind::Verify => SecretKeyError::WrongPassword,
                    _ => bad(e),
                }
            })?
        } else {
            match minisign::SecretKey::from_unencrypted_box(boxed) {
                Ok(k) => k,
                // minisign 0.11's `-W` (Debian 12's) leaves the checksum of an unencrypted key
                // zeroed; the crate calls that damage, minisign itself signs with it.
                Err(_) if raw.ends_with(&[0; 32]) => stored,
                Err(e) => return Err(bad(e)),
            }
        };
        let public = minisign::PublicKey::from_secret_key(&secret).map_err(bad)?;
        Ok(SecretKey {
            secret,
            public: PublicKey(public),
        })
    }

    /// The matching public key.
    pub fn public(&self) -> &PublicKey {
        &self.public
    }

    /// Signs `data` (prehashed, as minisign does by default) with `trusted_comment`.
    pub fn sign(
        &self,
        data: &[u8],
        trusted_comment: &str,
        untrusted_comment: &str,
    ) -> Result<Signature, String> {
        minisign::sign(
            Some(&self.public.0),
            &self.secret,
            Cursor::new(data),
            Some(trusted_comment),
            Some(untrusted_comment),
        )
        .map(Signature)
        .map_err(describe)
    }
}

impl Signature {
    /// Reads a `.minisig` file's text.
    pub fn parse(text: &str) -> Result<Signature, String> {
        minisign::SignatureBox::from_string(text)
            .map(Signature)
            .map_err(describe)
    }

    /// The id of the key that made it, as minisign prints key ids.
    pub fn key_id_hex(&self) -> String {
        id_hex(self.0.keynum())
    }

    /// The `.minisig` file's text.
    pub fn to_file(&self) -> String {
        self.0.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn unencrypted() -> SecretKey {
        let files = generate(None).unwrap();
        SecretKey::parse(&files.secret, || -> Result<Password, ()> {
            panic!("an unencrypted key asked for a password")
        })
        .unwrap()
    }

    #[test]
    fn round_trip_and_tamper() {
        let sk = unencrypted();
        let pk = PublicKey::parse(&sk.public().to_file().unwrap()).unwrap();
        let text = sk
            .sign(b"hello", "timestamp:1 file:x", "signature from cbe")
            .unwrap()
            .to_file();
        let sig = Signature::parse(&text).unwrap();
        pk.verify(b"hello", &sig).unwrap();
        assert!(pk.verify(b"hellO", &sig).is_err());
        let other = unencrypted().public().clone();
        assert!(other
            .verify(b"hello", &sig)
            .unwrap_err()
            .contains("not by trusted key"));
        let forged = Signature::parse(&text.replace("timestamp:1", "timestamp:2")).unwrap();
        assert!(pk.verify(b"hello", &forged).is_err());
    }

    #[test]
    fn an_encrypted_key_needs_its_password() {
        let pw = || Password::new("correct horse".to_string());
        let files = generate(Some(pw())).unwrap();
        let pk = PublicKey::parse(&files.public).unwrap();
        let sk = SecretKey::parse(&files.secret, || Ok::<_, ()>(pw())).unwrap();
        assert_eq!(sk.public(), &pk);
        let sig = sk.sign(b"data", "timestamp:1", "x").unwrap();
        pk.verify(b"data", &sig).unwrap();
        let wrong = SecretKey::parse(&files.secret, || {
            Ok::<_, ()>(Password::new("wrong".to_string()))
        });
        assert!(matches!(wrong, Err(SecretKeyError::WrongPassword)));
        let none = SecretKey::parse(&files.secret, || Err("no terminal"));
        assert!(matches!(none, Err(SecretKeyError::Password("no terminal"))));
    }

    /// Made by `minisign -G -W` 0.11 (zeroed checksum), and `minisign -S` with it.
    const MINISIGN_W_KEY: &str = "untrusted comment: minisign encrypted secret key
RWQAAEIyAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9QXcjY2+N2TzIXmW1gjg02AoZOVZ2mTOJkPXr57jfoMghODO49Dp50wkilnY/Lum5lCcxkCZTutLD62HtV2Wb4QHVNVaEA6yAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=
";
    const MINISIGN_W_PUB: &str = "RWT1BdyNjb43ZEwkilnY/Lum5lCcxkCZTutLD62HtV2Wb4QHVNVaEA6y";

    #[test]
    fn minisign_0_11_unencrypted_keys_sign() {
        let sk = SecretKey::parse(MINISIGN_W_KEY, || -> Result<Password, ()> {
            panic!("asked for a password")
        })
        .unwrap();
        let pk = PublicKey::parse(MINISIGN_W_PUB).unwrap();
        assert_eq!(sk.public(), &pk);
        assert_eq!(pk.id_hex(), "6437BE8D8DDC05F5");
        pk.verify(b"x", &sk.sign(b"x", "t", "u").unwrap()).unwrap();
        // The comment line is not needed.
        let bare = MINISIGN_W_KEY.lines().nth(1).unwrap();
        let no_password = || -> Result<Password, ()> { panic!("asked for a password") };
        assert_eq!(SecretKey::parse(bare, no_password).unwrap().public(), &pk);
        // A flipped byte of the secret key, in a key whose checksum is set, is damage.
        let files = generate(None).unwrap();
        let mut raw = B64.decode(payload_line(&files.secret).unwrap()).unwrap();
        raw[70] ^= 1;
        let damaged = format!("untrusted comment: x\n{}\n", B64.encode(raw));
        let r = SecretKey::parse(&damaged, || -> Result<Password, ()> { panic!() });
        assert!(matches!(r, Err(SecretKeyError::Bad(_))));
    }
}
