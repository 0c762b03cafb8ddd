//! Keys and detached signatures in minisign's format, so that release engineers can also
//! sign and check with the standard `minisign` tool.
//!
//! - public key: `untrusted comment: …` then base64 of `Ed` ‖ key id (8) ‖ Ed25519 key (32);
//! - secret key, unencrypted as `minisign -W` writes it: base64 of `Ed` ‖ kdf `\0\0` ‖ `B2`
//!   ‖ salt (32) ‖ opslimit (8) ‖ memlimit (8) ‖ key id (8) ‖ seed+public (64) ‖ BLAKE2b-256
//!   checksum of `Ed` ‖ key id ‖ secret (32);
//! - signature: `ED` ‖ key id ‖ Ed25519 over the BLAKE2b-512 of the file, then a trusted
//!   comment and a global signature over signature ‖ trusted comment.

use std::fmt;

use base64::engine::general_purpose::STANDARD as B64;
use base64::Engine;
use blake2::digest::consts::U32;
use blake2::{Blake2b, Blake2b512, Digest};
use ed25519_dalek::{Signer, SigningKey, Verifier, VerifyingKey};

/// A public key that can check signatures.
#[derive(Clone, PartialEq, Eq)]
pub struct PublicKey {
    /// The key id minisign prints (little-endian u64 as hex).
    pub id: [u8; 8],
    key: VerifyingKey,
}

/// A secret key that can sign.
pub struct SecretKey {
    id: [u8; 8],
    key: SigningKey,
}

/// A parsed `.minisig`.
#[derive(Debug, Clone)]
pub struct Signature {
    prehashed: bool,
    id: [u8; 8],
    sig: [u8; 64],
    /// The trusted (signed) comment.
    pub trusted_comment: String,
    global: [u8; 64],
}

impl fmt::Debug for PublicKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "PublicKey({})", self.id_hex())
    }
}

fn id_hex(id: &[u8; 8]) -> String {
    format!("{:016X}", u64::from_le_bytes(*id))
}

/// The base64 line of a minisign file: the first line that is not a comment.
fn payload_line(text: &str) -> Option<&str> {
    text.lines()
        .map(str::trim)
        .find(|l| !l.is_empty() && !l.starts_with("untrusted comment:"))
}

impl PublicKey {
    /// Reads a public key file's text, or the bare base64 key (`RW…`).
    pub fn parse(text: &str) -> Result<PublicKey, String> {
        let line = payload_line(text).ok_or("no key in it")?;
        let raw = B64
            .decode(line)
            .map_err(|_| "the key is not base64".to_string())?;
        if raw.len() != 42 || &raw[..2] != b"Ed" {
            return Err("not a minisign Ed25519 public key".to_string());
        }
        let mut id = [0u8; 8];
        id.copy_from_slice(&raw[2..10]);
        let key_bytes: [u8; 32] = raw[10..42].try_into().map_err(|_| "bad key length")?;
        let key = VerifyingKey::from_bytes(&key_bytes).map_err(|e| e.to_string())?;
        Ok(PublicKey { id, key })
    }

    /// The key id, as minisign prints it.
    pub fn id_hex(&self) -> String {
        id_hex(&self.id)
    }

    /// The bare base64 form (`RW…`), as pin files may carry it.
    pub fn to_base64(&self) -> String {
        let mut raw = Vec::with_capacity(42);
        raw.extend_from_slice(b"Ed");
        raw.extend_from_slice(&self.id);
        raw.extend_from_slice(self.key.as_bytes());
        B64.encode(raw)
    }

    /// The public key file's text.
    pub fn to_file(&self) -> String {
        format!(
            "untrusted comment: minisign public key {}\n{}\n",
            self.id_hex(),
            self.to_base64()
        )
    }

    /// Checks `sig` over `data` with this key: the key id, the signature and the trusted
    /// comment's global signature must all match.
    pub fn verify(&self, data: &[u8], sig: &Signature) -> Result<(), String> {
        if sig.id != self.id {
            return Err(format!(
                "signed by key {}, not by trusted key {}",
                id_hex(&sig.id),
                self.id_hex()
            ));
        }
        let ed = ed25519_dalek::Signature::from_bytes(&sig.sig);
        let ok = if sig.prehashed {
            self.key.verify(&Blake2b512::digest(data), &ed).is_ok()
        } else {
            self.key.verify(data, &ed).is_ok()
        };
        if !ok {
            return Err("the signature does not match the file".to_string());
        }
        let mut global_data = sig.sig.to_vec();
        global_data.extend_from_slice(sig.trusted_comment.as_bytes());
        let global = ed25519_dalek::Signature::from_bytes(&sig.global);
        self.key
            .verify(&global_data, &global)
            .map_err(|_| "the trusted comment's signature does not match".to_string())
    }
}

impl SecretKey {
    /// A new random key pair.
    pub fn generate() -> Result<SecretKey, String> {
        let mut seed = [0u8; 32];
        let mut id = [0u8; 8];
        getrandom::fill(&mut seed).map_err(|e| e.to_string())?;
        getrandom::fill(&mut id).map_err(|e| e.to_string())?;
        Ok(SecretKey {
            id,
            key: SigningKey::from_bytes(&seed),
        })
    }

    /// Reads an unencrypted secret key file (cbe's, or `minisign -G -W`'s).
    pub fn parse(text: &str) -> Result<SecretKey, String> {
        let line = payload_line(text).ok_or("no key in it")?;
        let raw = B64
            .decode(line)
            .map_err(|_| "the key is not base64".to_string())?;
        if raw.len() != 158 || &raw[..2] != b"Ed" || &raw[4..6] != b"B2" {
            return Err("not a minisign Ed25519 secret key".to_string());
        }
        if raw[2..4] != [0, 0] {
            return Err(
                "the secret key is password-protected; cbe signs with unencrypted keys (minisign -G -W)"
                    .to_string(),
            );
        }
        let mut id = [0u8; 8];
        id.copy_from_slice(&raw[54..62]);
        let sk = &raw[62..126];
        let chk = &raw[126..158];
        // minisign -W leaves the checksum of an unencrypted key zeroed.
        if chk.iter().any(|&b| b != 0) && checksum(&id, sk) != chk {
            return Err(
                "the secret key's checksum does not match: the file is damaged".to_string(),
            );
        }
        let seed: [u8; 32] = sk[..32].try_into().map_err(|_| "bad key length")?;
        Ok(SecretKey {
            id,
            key: SigningKey::from_bytes(&seed),
        })
    }

    /// The secret key file's text (unencrypted, as `minisign -W` writes it).
    pub fn to_file(&self) -> String {
        let mut raw = Vec::with_capacity(158);
        raw.extend_from_slice(b"Ed");
        raw.extend_from_slice(&[0, 0]);
        raw.extend_from_slice(b"B2");
        raw.extend_from_slice(&[0u8; 32]);
        raw.extend_from_slice(&[0u8; 16]);
        raw.extend_from_slice(&self.id);
        let mut sk = self.key.to_bytes().to_vec();
        sk.extend_from_slice(self.key.verifying_key().as_bytes());
        raw.extend_from_slice(&sk);
        raw.extend_from_slice(&checksum(&self.id, &sk));
        format!(
            "untrusted comment: minisign encrypted secret key\n{}\n",
            B64.encode(raw)
        )
    }

    /// The matching public key.
    pub fn public(&self) -> PublicKey {
        PublicKey {
            id: self.id,
            key: self.key.verifying_key(),
        }
    }

    /// Signs `data` (prehashed, as minisign does by default) with `trusted_comment`.
    pub fn sign(&self, data: &[u8], trusted_comment: &str) -> Signature {
        let sig = self.key.sign(&Blake2b512::digest(data)).to_bytes();
        let mut global_data = sig.to_vec();
        global_data.extend_from_slice(trusted_comment.as_bytes());
        let global = self.key.sign(&global_data).to_bytes();
        Signature {
            prehashed: true,
            id: self.id,
            sig,
            trusted_comment: trusted_comment.to_string(),
            global,
        }
    }
}

fn checksum(id: &[u8; 8], sk: &[u8]) -> [u8; 32] {
    let mut h = Blake2b::<U32>::new();
    h.update(b"Ed");
    h.update(id);
    h.update(sk);
    h.finalize().into()
}

impl Signature {
    /// Reads a `.minisig` file's text.
    pub fn parse(text: &str) -> Result<Signature, String> {
        let mut lines = text.lines();
        let first = lines.next().ok_or("empty signature")?;
        if !first.starts_with("untrusted comment:") {
            return Err("not a minisign signature (no untrusted comment line)".to_string());
        }
        let raw = B64
            .decode(lines.next().ok_or("no signature line")?.trim())
            .map_err(|_| "the signature is not base64".to_string())?;
        if raw.len() != 74 {
            return Err("the signature has the wrong length".to_string());
        }
        let prehashed = match &raw[..2] {
            b"ED" => true,
            b"Ed" => false,
            _ => return Err("unknown signature algorithm".to_string()),
        };
        let trusted = lines
            .next()
            .and_then(|l| l.strip_prefix("trusted comment: "))
            .ok_or("no trusted comment line")?;
        let global = B64
            .decode(lines.next().ok_or("no global signature line")?.trim())
            .map_err(|_| "the global signature is not base64".to_string())?;
        Ok(Signature {
            prehashed,
            id: raw[2..10].try_into().map_err(|_| "bad id")?,
            sig: raw[10..74].try_into().map_err(|_| "bad signature")?,
            trusted_comment: trusted.to_string(),
            global: global
                .as_slice()
                .try_into()
                .map_err(|_| "the global signature has the wrong length")?,
        })
    }

    /// The `.minisig` file's text.
    pub fn to_file(&self, untrusted_comment: &str) -> String {
        let mut raw = Vec::with_capacity(74);
        raw.extend_from_slice(if self.prehashed { b"ED" } else { b"Ed" });
        raw.extend_from_slice(&self.id);
        raw.extend_from_slice(&self.sig);
        format!(
            "untrusted comment: {untrusted_comment}\n{}\ntrusted comment: {}\n{}\n",
            B64.encode(raw),
            self.trusted_comment,
            B64.encode(self.global)
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_and_tamper() {
        let sk = SecretKey::generate().unwrap();
        let sk2 = SecretKey::parse(&sk.to_file()).unwrap();
        let pk = PublicKey::parse(&sk2.public().to_file()).unwrap();
        let sig = sk2.sign(b"hello", "timestamp:1 file:x");
        let sig = Signature::parse(&sig.to_file("signature from cbe")).unwrap();
        pk.verify(b"hello", &sig).unwrap();
        assert!(pk.verify(b"hellO", &sig).is_err());
        let other = SecretKey::generate().unwrap().public();
        assert!(other
            .verify(b"hello", &sig)
            .unwrap_err()
            .contains("not by trusted key"));
        let mut forged = sig.clone();
        forged.trusted_comment = "timestamp:2 file:x".into();
        assert!(pk.verify(b"hello", &forged).is_err());
    }
}
