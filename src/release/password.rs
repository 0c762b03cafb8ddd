//! Where the password of a release engineer's secret key comes from: a file named on the
//! command line (for automation), else the terminal, else nowhere, which is an error that
//! says what to do.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};

use crate::core::sign::Password;
use crate::error::{Error, IoContext, Result};

/// Where passwords come from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PasswordSource {
    /// The first line of this file (`--password-file`, `CBE_KEY_PASSWORD_FILE`).
    File(PathBuf),
    /// Asked on the terminal.
    Terminal,
    /// Neither: encrypted keys can be neither used nor made.
    Nowhere,
}

/// How the command line names the password file, for error messages.
const HOW: &str = "--password-file FILE (or CBE_KEY_PASSWORD_FILE)";

impl PasswordSource {
    /// The file when one is given (an explicit choice wins), else the terminal when stdin
    /// is one.
    pub fn new(file: Option<PathBuf>) -> PasswordSource {
        match file {
            Some(f) => PasswordSource::File(f),
            None if std::io::stdin().is_terminal() => PasswordSource::Terminal,
            None => PasswordSource::Nowhere,
        }
    }

    /// The password of the encrypted secret key `key`.
    pub fn unlock(&self, key: &Path) -> Result<Password> {
        match self {
            PasswordSource::File(f) => read_file(f),
            PasswordSource::Terminal => ask(&format!("Password for {}: ", key.display())),
            PasswordSource::Nowhere => Err(Error::Usage(format!(
                "{}: the secret key is password-protected and there is no terminal to ask for \
                 the password; give {HOW}",
                key.display()
            ))),
        }
    }

    /// A password for the new secret key `key`; on a terminal, asked twice.
    pub fn choose(&self, key: &Path) -> Result<Password> {
        match self {
            PasswordSource::File(f) => read_file(f),
            PasswordSource::Terminal => {
                let first = ask(&format!("New password for {}: ", key.display()))?;
                let again = ask("The same password again: ")?;
                if first.0 != again.0 {
                    return Err(Error::Usage("the two passwords differ".into()));
                }
                Ok(first)
            }
            PasswordSource::Nowhere => Err(Error::Usage(format!(
                "{}: no terminal to ask for a password to protect the key with; give {HOW}, \
                 or --unencrypted for a key without one",
                key.display()
            ))),
        }
    }
}

/// An empty password protects nothing and is more likely a mistake (an unset secret).
fn non_empty(p: String, from: &str) -> Result<Password> {
    if p.is_empty() {
        return Err(Error::Usage(format!(
            "{from}: the password is empty (a key without one is made by `repo keygen --unencrypted`)"
        )));
    }
    Ok(Password(p))
}

fn read_file(f: &Path) -> Result<Password> {
    let text = std::fs::read_to_string(f).at(f)?;
    let line = text.lines().next().unwrap_or_default();
    non_empty(line.to_string(), &f.display().to_string())
}

fn ask(prompt: &str) -> Result<Password> {
    let p = rpassword::prompt_password(prompt).at("/dev/tty")?;
    non_empty(p, "the terminal")
}
