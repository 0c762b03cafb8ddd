-- cbe installed-package database, schema version 2: the catalogue of the line's repositories.

-- One row per configured repository, in priority order (idx 0 first): the signed release
-- accepted from it, and the validators for the next conditional request.
CREATE TABLE repositories (
    idx           INTEGER PRIMARY KEY,
    urls          TEXT NOT NULL,             -- its mirrors, one per line, as configured
    source_url    TEXT NOT NULL,             -- the mirror the release came from
    release       TEXT NOT NULL,             -- the release file, verbatim
    signature     TEXT NOT NULL,             -- its minisign signature, verbatim
    date          TEXT NOT NULL,             -- DATE of the release: never go back before it
    etag          TEXT,
    last_modified TEXT,
    updated_at    TEXT NOT NULL
);

-- Every package every repository offers, from its signed pkg_summary.
CREATE TABLE catalogue (
    repo_idx      INTEGER NOT NULL REFERENCES repositories(idx) ON DELETE CASCADE,
    name          TEXT NOT NULL,
    base          TEXT NOT NULL,
    version       TEXT NOT NULL,
    comment       TEXT NOT NULL DEFAULT '',
    file_name     TEXT NOT NULL,
    file_size     INTEGER,
    sha256        TEXT,
    size_pkg      INTEGER,
    depends       TEXT NOT NULL DEFAULT '',  -- one pattern per line
    conflicts     TEXT NOT NULL DEFAULT '',
    provides      TEXT NOT NULL DEFAULT '',
    requires      TEXT NOT NULL DEFAULT '',
    supersedes    TEXT NOT NULL DEFAULT '',
    description   TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (repo_idx, name)
) WITHOUT ROWID;
CREATE INDEX catalogue_base ON catalogue(base);
