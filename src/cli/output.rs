//! Standard output, the one way results leave cbe: text or JSON, each write returning its
//! error. A reader that goes away (`cbe list | head -1`) closes the pipe; that ends the
//! command quietly with exit 0, as it does for git and ripgrep, instead of a panic.
//! Text has its control characters escaped, on a terminal and in a pipe or file alike (as git
//! quotes paths): a package's COMMENT or file names can neither move the cursor, retitle the
//! window or hide lines on a terminal, nor do it later when a CI log is shown. `--json`
//! escapes them as JSON does.

use std::cell::Cell;
use std::fmt::{Display, Write as _};
use std::io::Write;
use std::sync::{Arc, Mutex};

use serde::Serialize;

use crate::error::{Error, Refusal, Result};
use crate::report::Notice;

/// The name I/O errors on standard output carry.
const STDOUT: &str = "<stdout>";

/// Where a command's results go.
pub struct Output {
    json: bool,
    quiet: bool,
    closed: Cell<bool>,
    heard: Heard,
}

/// The notices a command gave, kept for its JSON document: the reporter adds, the output
/// takes them into the document it writes.
#[derive(Clone, Default)]
pub struct Heard(Arc<Mutex<Vec<Notice>>>);

impl Heard {
    /// Keeps `n` for the document.
    pub fn push(&self, n: Notice) {
        self.0.lock().unwrap_or_else(|e| e.into_inner()).push(n);
    }

    fn take(&self) -> Vec<Notice> {
        std::mem::take(&mut *self.0.lock().unwrap_or_else(|e| e.into_inner()))
    }
}

/// A JSON object with the notices heard added as its `notices` field.
#[derive(Serialize)]
struct WithNotices<'a, T: ?Sized> {
    #[serde(flatten)]
    value: &'a T,
    notices: &'a [Notice],
}

impl Output {
    /// Standard output, JSON when `json`.
    pub fn new(json: bool, quiet: bool) -> Output {
        Output {
            json,
            quiet,
            closed: Cell::new(false),
            heard: Heard::default(),
        }
    }

    /// Where the reporter keeps the notices for the JSON document; `None` without `--json`.
    pub fn heard(&self) -> Option<Heard> {
        self.json.then(|| self.heard.clone())
    }

    /// Whether results are JSON.
    pub fn json(&self) -> bool {
        self.json
    }

    /// Whether the user asked to hear only what went wrong (`-q`).
    pub fn quiet(&self) -> bool {
        self.quiet
    }

    /// Whether a write found the reader gone: the command stopped because of that.
    pub fn pipe_closed(&self) -> bool {
        self.closed.get()
    }

    /// `value` as JSON with `--json`, else what `text` writes.
    pub fn show<T: Serialize + ?Sized>(
        &self,
        value: &T,
        text: impl FnOnce(&Output) -> Result<()>,
    ) -> Result<()> {
        if self.json {
            self.write_json(value)
        } else {
            text(self)
        }
    }

    /// `value` as pretty JSON and a newline. A document that is an object gets the notices
    /// heard so far as its `notices` field, when there are any; a list stays a list (its
    /// notices are on standard error only).
    pub fn write_json<T: Serialize + ?Sized>(&self, value: &T) -> Result<()> {
        let mut s = pretty(value)?;
        if s.starts_with('{') {
            let notices = self.heard.take();
            if !notices.is_empty() {
                s = pretty(&WithNotices {
                    value,
                    notices: &notices,
                })?;
            }
        }
        s.push('\n');
        self.write(s.as_bytes())
    }

    /// With `--json`, a failure as a JSON object on standard output (the text goes to
    /// standard error as always), so a script reading stdout sees why, not nothing.
    pub fn error(&self, message: &str, exit: i32, detail: ErrorDetail) {
        if !self.json {
            return;
        }
        let value = JsonError {
            error: message,
            exit,
            detail,
        };
        // Standard output failing too leaves only the text on stderr: nothing more to do.
        let _ = self.write_json(&value);
    }

    /// One line of text.
    pub fn line(&self, text: impl Display) -> Result<()> {
        let mut s = String::new();
        // Writing into a String cannot fail.
        let _ = writeln!(s, "{text}");
        self.text(&s)
    }

    /// Text as it is, without a newline added (an environment for `eval`).
    pub fn text(&self, s: &str) -> Result<()> {
        self.write(escape_controls(s).as_bytes())
    }

    fn write(&self, bytes: &[u8]) -> Result<()> {
        let mut out = std::io::stdout().lock();
        out.write_all(bytes)
            .and_then(|()| out.flush())
            .map_err(|e| {
                if e.kind() == std::io::ErrorKind::BrokenPipe {
                    self.closed.set(true);
                }
                Error::io(STDOUT, e)
            })
    }
}

fn pretty<T: Serialize + ?Sized>(value: &T) -> Result<String> {
    serde_json::to_string_pretty(value).map_err(|e| Error::refused(Refusal::Other, e.to_string()))
}

/// A failure as `--json` prints it.
#[derive(Serialize)]
struct JsonError<'a> {
    error: &'a str,
    exit: i32,
    detail: ErrorDetail,
}

/// What kind of failure, the file or URL it is about, and why a refusal was made.
#[derive(Serialize)]
pub struct ErrorDetail {
    kind: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    subject: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    reason: Option<&'static str>,
}

impl ErrorDetail {
    /// The detail of `e`, as it was decided where `e` arose.
    pub fn of(e: &Error) -> ErrorDetail {
        ErrorDetail {
            kind: e.kind(),
            subject: e.subject(),
            reason: e.reason().map(crate::error::Refusal::as_str),
        }
    }

    /// The detail of a usage error clap found.
    pub fn usage() -> ErrorDetail {
        ErrorDetail {
            kind: "usage",
            subject: None,
            reason: None,
        }
    }
}

/// `s` with every control character except newline and tab written as an escape: ESC as
/// `\e`, other C0 controls and DEL as `\xNN`, C1 controls as `\u{NN}`.
pub fn escape_controls(s: &str) -> std::borrow::Cow<'_, str> {
    if !s.chars().any(needs_escape) {
        return std::borrow::Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        if !needs_escape(c) {
            out.push(c);
        } else if c == '\x1b' {
            out.push_str("\\e");
        } else if (c as u32) < 0x80 {
            let _ = write!(out, "\\x{:02x}", c as u32);
        } else {
            let _ = write!(out, "\\u{{{:x}}}", c as u32);
        }
    }
    std::borrow::Cow::Owned(out)
}

fn needs_escape(c: char) -> bool {
    c.is_control() && c != '\n' && c != '\t'
}

#[cfg(test)]
mod tests {
    use super::escape_controls;

    #[test]
    fn escapes_what_drives_a_terminal_and_keeps_the_rest() {
        assert_eq!(escape_controls("plain\ttext\n"), "plain\ttext\n");
        assert_eq!(escape_controls("\x1b[2J\x1b]0;t\x07"), "\\e[2J\\e]0;t\\x07");
        assert_eq!(escape_controls("a\rb\x7f\u{9b}c"), "a\\x0db\\x7f\\u{9b}c");
        assert_eq!(escape_controls("grün"), "grün");
    }
}
