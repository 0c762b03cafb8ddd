//! Objects in S3-compatible storage, for publishing: `s3://BUCKET/PREFIX` with credentials,
//! region and endpoint from the standard AWS variables. Requests are signed by `rusty-s3`
//! (SigV4, presigned URLs) and sent with cbe's own blocking reqwest client, so no second HTTP
//! stack or async runtime is linked (ARCHITECTURE.md, Dependencies).
//!
//! Secrets never reach a message: a signed URL carries the access key id and the session
//! token, so errors name objects as `s3://BUCKET/KEY` and reqwest's errors are stripped of
//! their URL before they are shown.

use std::fs::File;
use std::io::Read;
use std::path::Path;
use std::time::Duration;

use reqwest::blocking::{Client, RequestBuilder, Response};
use reqwest::header;
use reqwest::StatusCode;
use rusty_s3::{Bucket, Credentials, S3Action, UrlStyle};

use crate::error::{Error, IoContext, Refusal, Result};

/// How long a signed request stays valid.
const SIGNED_FOR: Duration = Duration::from_secs(3600);

/// Files larger than this go up as multipart uploads, in parts of this size.
const PART_SIZE: u64 = 64 << 20;

/// What caches may do with an object.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Caching {
    /// Its name is never reused for other bytes: keep it for a year.
    Immutable,
    /// A pointer each publish replaces: check with the origin every time.
    Pointer,
}

impl Caching {
    /// The `Cache-Control` the object is stored with, which the bucket serves.
    pub fn header(self) -> &'static str {
        match self {
            Caching::Immutable => "public, max-age=31536000, immutable",
            Caching::Pointer => "no-cache",
        }
    }
}

/// What creating an immutable object found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Created {
    /// It was written.
    Written,
    /// It was there already with the same bytes.
    Present,
}

/// A bucket and a prefix in it, with the credentials to write there.
pub struct S3Dest {
    bucket: Bucket,
    prefix: String,
    creds: Credentials,
    client: Client,
    part_size: u64,
}

/// Refuses credentials written into a URL (they would end up in shell history and logs).
fn refuse_userinfo(what: &str, url: &url::Url) -> Result<()> {
    if !url.username().is_empty() || url.password().is_some() {
        return Err(Error::Usage(format!(
            "{what}: credentials in a URL are refused; set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY (and AWS_SESSION_TOKEN) in the environment instead"
        )));
    }
    Ok(())
}

fn env(name: &str) -> Option<String> {
    std::env::var(name).ok().filter(|v| !v.is_empty())
}

impl S3Dest {
    /// `s3://BUCKET/PREFIX`, or `None` when `dest` is not an s3 URL.
    pub fn parse(dest: &str) -> Option<Result<S3Dest>> {
        dest.strip_prefix("s3://")?;
        Some(S3Dest::open(dest))
    }

    fn open(dest: &str) -> Result<S3Dest> {
        // Not echoed: it may hold credentials.
        let url = url::Url::parse(dest)
            .map_err(|e| Error::Usage(format!("--to: not an s3://BUCKET/PREFIX URL ({e})")))?;
        refuse_userinfo("--to", &url)?;
        let name = url.host_str().filter(|h| !h.is_empty()).ok_or_else(|| {
            Error::Usage(format!("--to {dest}: no bucket; give s3://BUCKET/PREFIX"))
        })?;
        let prefix = url.path().trim_matches('/').to_string();
        let region = env("AWS_REGION")
            .or_else(|| env("AWS_DEFAULT_REGION"))
            .unwrap_or_else(|| "us-east-1".to_string());
        let (endpoint, style) = match env("AWS_ENDPOINT_URL") {
            Some(e) => (e, UrlStyle::Path),
            None => (
                format!("https://s3.{region}.amazonaws.com"),
                UrlStyle::VirtualHost,
            ),
        };
        let bad_endpoint = |why: String| {
            Error::Usage(format!(
                "AWS_ENDPOINT_URL: {why}; give the store's base URL, e.g. http://127.0.0.1:9000"
            ))
        };
        let endpoint = url::Url::parse(&endpoint).map_err(|e| bad_endpoint(e.to_string()))?;
        refuse_userinfo("AWS_ENDPOINT_URL", &endpoint)?;
        let bucket = Bucket::new(endpoint, style, name.to_string(), region)
            .map_err(|e| bad_endpoint(e.to_string()))?;
        let (Some(key), Some(secret)) = (env("AWS_ACCESS_KEY_ID"), env("AWS_SECRET_ACCESS_KEY"))
        else {
            return Err(Error::Usage(format!(
                "--to {dest}: no credentials; set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY (and AWS_SESSION_TOKEN for temporary ones)"
            )));
        };
        let creds = match env("AWS_SESSION_TOKEN") {
            Some(t) => Credentials::new_with_token(key, secret, t),
            None => Credentials::new(key, secret),
        };
        let client = Client::builder()
            .connect_timeout(Duration::from_secs(10))
            .timeout(Duration::from_secs(300))
            .user_agent(concat!("cbe/", env!("CARGO_PKG_VERSION")))
            .build()
            .map_err(|e| {
                let e = e.without_url();
                Error::network_from(dest, e.to_string(), e)
            })?;
        Ok(S3Dest {
            bucket,
            prefix,
            creds,
            client,
            part_size: part_size(),
        })
    }

    /// The object's key in the bucket.
    fn key(&self, rel: &str) -> String {
        if self.prefix.is_empty() {
            rel.to_string()
        } else {
            format!("{}/{rel}", self.prefix)
        }
    }

    /// How messages name an object: `s3://BUCKET/KEY`, never a signed URL.
    pub fn name(&self, rel: &str) -> String {
        format!("s3://{}/{}", self.bucket.name(), self.key(rel))
    }

    /// Sends `req`, a request about `rel`; a failure to get any answer is a network error
    /// naming the object.
    fn send(&self, rel: &str, req: RequestBuilder) -> Result<Response> {
        req.send().map_err(|e| {
            let e = e.without_url();
            let mut msg = if e.is_connect() {
                "cannot connect to the store".to_string()
            } else if e.is_timeout() {
                "timed out".to_string()
            } else {
                "request failed".to_string()
            };
            let mut src = std::error::Error::source(&e);
            while let Some(s) = src {
                msg.push_str(&format!(": {s}"));
                src = s.source();
            }
            let msg = format!(
                "{msg}; check AWS_ENDPOINT_URL and that the store is up, then publish again"
            );
            Error::network_from(self.name(rel), msg, e)
        })
    }

    /// A body about `rel` cut short by `e`.
    fn cut(&self, rel: &str, e: reqwest::Error) -> Error {
        let e = e.without_url();
        Error::network_from(self.name(rel), format!("transfer cut: {e}"), e)
    }

    /// The object's bytes, or `None` when there is none.
    pub fn get(&self, rel: &str) -> Result<Option<Vec<u8>>> {
        let key = self.key(rel);
        let url = self
            .bucket
            .get_object(Some(&self.creds), &key)
            .sign(SIGNED_FOR);
        let resp = self.send(rel, self.client.get(url))?;
        if resp.status() == StatusCode::NOT_FOUND {
            let body = resp.text().unwrap_or_default();
            if body.contains("NoSuchBucket") {
                return Err(missing_bucket(self.bucket.name()));
            }
            return Ok(None);
        }
        let resp = self.check(rel, resp)?;
        let body = resp.bytes().map_err(|e| self.cut(rel, e))?;
        Ok(Some(body.to_vec()))
    }

    /// The object's size and `Cache-Control`, or `None` when there is none.
    pub fn head(&self, rel: &str) -> Result<Option<(u64, Option<String>)>> {
        let key = self.key(rel);
        let url = self
            .bucket
            .head_object(Some(&self.creds), &key)
            .sign(SIGNED_FOR);
        let resp = self.send(rel, self.client.head(url))?;
        if resp.status() == StatusCode::NOT_FOUND {
            // A HEAD has no body to tell a missing bucket from a missing key: ask the bucket.
            self.check_bucket()?;
            return Ok(None);
        }
        let resp = self.check(rel, resp)?;
        // From the header: reqwest's content_length() is the body's, and a HEAD has none.
        let len = resp
            .headers()
            .get(header::CONTENT_LENGTH)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.parse().ok())
            .unwrap_or(0);
        let cc = resp
            .headers()
            .get(header::CACHE_CONTROL)
            .and_then(|v| v.to_str().ok())
            .map(str::to_string);
        Ok(Some((len, cc)))
    }

    fn check_bucket(&self) -> Result<()> {
        let url = self.bucket.head_bucket(Some(&self.creds)).sign(SIGNED_FOR);
        let resp = self.send("", self.client.head(url))?;
        if resp.status() == StatusCode::NOT_FOUND {
            return Err(missing_bucket(self.bucket.name()));
        }
        self.check("", resp).map(drop)
    }

    /// Writes `rel` from `file`, replacing what is there (a pointer file).
    pub fn replace(&self, rel: &str, file: &Path) -> Result<()> {
        let bytes = std::fs::read(file).at(file)?;
        self.put(rel, bytes, Caching::Pointer, false).map(drop)
    }

    /// Creates `rel` from `file` unless it exists (`If-None-Match: *`): an object there
    /// with the same bytes is fine, one with other bytes is refused and left alone.
    pub fn create(&self, rel: &str, file: &Path) -> Result<Created> {
        let size = file.metadata().at(file)?.len();
        let written = if size > self.part_size {
            self.multipart(rel, file, size)?
        } else {
            self.put(rel, std::fs::read(file).at(file)?, Caching::Immutable, true)?
        };
        if written {
            return Ok(Created::Written);
        }
        // Someone else created it meanwhile (or a killed run did): same bytes, or refused.
        self.same_as(rel, file)?;
        Ok(Created::Present)
    }

    /// Whether the object `rel` holds `file`'s bytes: `Ok(false)` when there is no such
    /// object, a refusal naming it when it holds other bytes.
    pub fn same_as(&self, rel: &str, file: &Path) -> Result<bool> {
        let Some((len, _)) = self.head(rel)? else {
            return Ok(false);
        };
        let local = file.metadata().at(file)?.len();
        if len == local && self.get(rel)?.as_deref() == Some(&std::fs::read(file).at(file)?[..]) {
            return Ok(true);
        }
        Err(Error::refused(Refusal::AlreadyPublished, format!(
            "{} is already published with different bytes; refusing to overwrite it (publish a new release instead)",
            self.name(rel)
        )))
    }

    /// One PUT; `Ok(false)` when `exclusive` and the object exists (412).
    fn put(&self, rel: &str, bytes: Vec<u8>, caching: Caching, exclusive: bool) -> Result<bool> {
        let key = self.key(rel);
        let mut action = self.bucket.put_object(Some(&self.creds), &key);
        let headers = action.headers_mut();
        headers.insert("cache-control", caching.header());
        if exclusive {
            headers.insert("if-none-match", "*");
        }
        let url = action.sign(SIGNED_FOR);
        let mut req = self
            .client
            .put(url)
            .header(header::CACHE_CONTROL, caching.header())
            .header(header::CONTENT_LENGTH, bytes.len())
            .body(bytes);
        if exclusive {
            req = req.header(header::IF_NONE_MATCH, "*");
        }
        crate::failpoint::hit("publish-put");
        let resp = self.send(rel, req)?;
        if exclusive && precondition_failed(resp.status()) {
            return Ok(false);
        }
        self.check(rel, resp).map(|_| true)
    }

    /// A multipart upload, completed with `If-None-Match: *`: the object appears whole at
    /// the completion or not at all; a failed upload is aborted.
    fn multipart(&self, rel: &str, file: &Path, size: u64) -> Result<bool> {
        let key = self.key(rel);
        let mut create = self.bucket.create_multipart_upload(Some(&self.creds), &key);
        create
            .headers_mut()
            .insert("cache-control", Caching::Immutable.header());
        let url = create.sign(SIGNED_FOR);
        let req = self
            .client
            .post(url)
            .header(header::CACHE_CONTROL, Caching::Immutable.header());
        let resp = self.check(rel, self.send(rel, req)?)?;
        let text = resp.text().map_err(|e| self.cut(rel, e))?;
        let created =
            rusty_s3::actions::CreateMultipartUpload::parse_response(&text).map_err(|e| {
                Error::network(
                    self.name(rel),
                    format!("the store's answer to a multipart upload is not S3's ({e})"),
                )
            })?;
        let id = created.upload_id().to_string();
        let outcome = self.upload_parts(rel, &key, &id, file, size);
        if !matches!(outcome, Ok(true)) {
            let url = self
                .bucket
                .abort_multipart_upload(Some(&self.creds), &key, &id)
                .sign(SIGNED_FOR);
            let _ = self.client.delete(url).send();
        }
        outcome
    }

    fn upload_parts(&self, rel: &str, key: &str, id: &str, file: &Path, size: u64) -> Result<bool> {
        let mut input = File::open(file).at(file)?;
        let mut etags = Vec::new();
        let mut sent = 0u64;
        while sent < size {
            let n = self.part_size.min(size - sent);
            let mut buf = Vec::with_capacity(n as usize);
            (&mut input).take(n).read_to_end(&mut buf).at(file)?;
            let part = u16::try_from(etags.len() + 1).map_err(|_| {
                Error::refused(
                    Refusal::Other,
                    format!("{}: too large for 65535 parts", self.name(rel)),
                )
            })?;
            let url = self
                .bucket
                .upload_part(Some(&self.creds), key, part, id)
                .sign(SIGNED_FOR);
            crate::failpoint::hit("publish-part");
            let req = self
                .client
                .put(url)
                .header(header::CONTENT_LENGTH, buf.len())
                .body(buf);
            let resp = self.check(rel, self.send(rel, req)?)?;
            let etag = resp
                .headers()
                .get(header::ETAG)
                .and_then(|v| v.to_str().ok())
                .map(str::to_string)
                .ok_or_else(|| {
                    Error::network(self.name(rel), "the store gave no ETag for a part")
                })?;
            etags.push(etag);
            sent += n;
        }
        self.complete(rel, key, id, &etags)
    }

    /// Completes a multipart upload with `If-None-Match: *`; `Ok(false)` when the object
    /// exists already.
    fn complete(&self, rel: &str, key: &str, id: &str, etags: &[String]) -> Result<bool> {
        let mut complete = self.bucket.complete_multipart_upload(
            Some(&self.creds),
            key,
            id,
            etags.iter().map(String::as_str),
        );
        complete.headers_mut().insert("if-none-match", "*");
        let url = complete.sign(SIGNED_FOR);
        let body = complete.body();
        let req = self
            .client
            .post(url)
            .header(header::IF_NONE_MATCH, "*")
            .body(body);
        let resp = self.send(rel, req)?;
        if precondition_failed(resp.status()) {
            return Ok(false);
        }
        let resp = self.check(rel, resp)?;
        // S3 may answer 200 with an error in the body once the upload has started.
        let text = resp.text().unwrap_or_default();
        if text.contains("<Error>") {
            if text.contains("PreconditionFailed") {
                return Ok(false);
            }
            return Err(Error::network(
                self.name(rel),
                format!("completing the upload failed: {}", error_code(&text)),
            ));
        }
        Ok(true)
    }

    /// Turns an error status into one line naming the object and what to do.
    fn check(&self, rel: &str, resp: Response) -> Result<Response> {
        let status = resp.status();
        if status.is_success() {
            return Ok(resp);
        }
        let name = self.name(rel);
        let body = resp.text().unwrap_or_default();
        if status == StatusCode::NOT_FOUND && body.contains("NoSuchBucket") {
            return Err(missing_bucket(self.bucket.name()));
        }
        let code = error_code(&body);
        Err(match status {
            StatusCode::FORBIDDEN | StatusCode::UNAUTHORIZED => Error::refused(Refusal::Credentials, format!(
                "{name}: the store refused the credentials ({status}{code}); check AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY and AWS_SESSION_TOKEN, and that they may write to the bucket"
            )),
            s if s.is_server_error() || s == StatusCode::TOO_MANY_REQUESTS => Error::network(name, format!("the store answered {status}{code}; try again later: publishing again completes it")),
            _ => Error::network(name, format!("the store answered {status}{code}")),
        })
    }
}

fn precondition_failed(s: StatusCode) -> bool {
    s == StatusCode::PRECONDITION_FAILED || s == StatusCode::CONFLICT
}

fn missing_bucket(name: &str) -> Error {
    Error::NotFound {
        url: format!("s3://{name}"),
        hint: "no such bucket: create it, or check the bucket name and AWS_ENDPOINT_URL".into(),
    }
}

/// `: Code` from an S3 error document, or nothing.
fn error_code(body: &str) -> String {
    body.split_once("<Code>")
        .and_then(|(_, r)| r.split_once("</Code>"))
        .map(|(c, _)| format!(": {c}"))
        .unwrap_or_default()
}

/// The multipart threshold and part size; debug builds take `CBE_S3_PART_SIZE` so that the
/// tests exercise multipart uploads with small files.
fn part_size() -> u64 {
    #[cfg(debug_assertions)]
    if let Some(n) = env("CBE_S3_PART_SIZE").and_then(|v| v.parse().ok()) {
        return n;
    }
    PART_SIZE
}
