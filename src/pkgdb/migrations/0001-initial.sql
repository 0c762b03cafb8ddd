-- cbe installed-package database, schema version 1.
-- One database per prefix, at <prefix>/.cbe/pkgdb.sqlite.

-- Installed packages: one version of each PKGBASE at a time.
CREATE TABLE packages (
    id            INTEGER PRIMARY KEY,
    name          TEXT NOT NULL UNIQUE,      -- full PKGNAME, gcc7-7.5.0nb3
    base          TEXT NOT NULL UNIQUE,      -- PKGBASE, gcc7
    version       TEXT NOT NULL,             -- 7.5.0nb3
    comment       TEXT NOT NULL DEFAULT '',
    size          INTEGER NOT NULL DEFAULT 0,-- bytes of payload
    automatic     INTEGER NOT NULL DEFAULT 0,-- 1: installed only as a dependency (pkgin's unkeep)
    installed_at  TEXT NOT NULL,             -- RFC 3339, UTC
    source        TEXT NOT NULL DEFAULT '',  -- the file or URL it came from
    tx_id         INTEGER NOT NULL           -- the transaction that installed it
);

-- Every metadata member of the package (+CONTENTS, +COMMENT, +DESC, +BUILD_INFO, ...).
CREATE TABLE metadata (
    package_id    INTEGER NOT NULL REFERENCES packages(id) ON DELETE CASCADE,
    name          TEXT NOT NULL,
    content       BLOB NOT NULL,
    PRIMARY KEY (package_id, name)
);

CREATE TABLE depends (
    package_id    INTEGER NOT NULL REFERENCES packages(id) ON DELETE CASCADE,
    pattern       TEXT NOT NULL
);
CREATE INDEX depends_pattern ON depends(pattern);

CREATE TABLE conflicts (
    package_id    INTEGER NOT NULL REFERENCES packages(id) ON DELETE CASCADE,
    pattern       TEXT NOT NULL
);

-- Every installed file and symlink, with what it must be.
CREATE TABLE files (
    path          TEXT PRIMARY KEY,          -- relative to the prefix
    package_id    INTEGER NOT NULL REFERENCES packages(id) ON DELETE CASCADE,
    kind          TEXT NOT NULL CHECK (kind IN ('file', 'symlink')),
    sha256        TEXT NOT NULL,             -- of the content, or of the link target
    size          INTEGER NOT NULL,
    mode          INTEGER NOT NULL,
    target        TEXT                       -- symlink target
) WITHOUT ROWID;
CREATE INDEX files_package ON files(package_id);

-- Directories each package needs (parents of its files, @pkgdir): a directory is removed
-- when the last package referencing it goes.
CREATE TABLE dirs (
    path          TEXT NOT NULL,
    package_id    INTEGER NOT NULL REFERENCES packages(id) ON DELETE CASCADE,
    PRIMARY KEY (path, package_id)
) WITHOUT ROWID;
CREATE INDEX dirs_package ON dirs(package_id);

-- Transactions: history, and the write-ahead state crash recovery reads.
CREATE TABLE transactions (
    id            INTEGER PRIMARY KEY,
    started_at    TEXT NOT NULL,
    finished_at   TEXT,
    state         TEXT NOT NULL CHECK (state IN ('applying', 'committed', 'done', 'rolled-back')),
    command       TEXT NOT NULL
);

-- What each transaction did, one row per package.
CREATE TABLE tx_packages (
    tx_id         INTEGER NOT NULL REFERENCES transactions(id),
    action        TEXT NOT NULL CHECK (action IN ('install', 'upgrade', 'downgrade', 'reinstall', 'remove')),
    name          TEXT NOT NULL,             -- the package installed, or removed
    old_name      TEXT                       -- the package it replaced
);

-- The file-level journal of a transaction in flight: each step is one rename, so after a
-- crash every step is either wholly done or not at all, and can be undone or finished.
-- 'rmdir' steps name directories the old packages needed: after the commit, each one no
-- package needs any more is removed if empty.
CREATE TABLE journal (
    tx_id         INTEGER NOT NULL REFERENCES transactions(id),
    seq           INTEGER NOT NULL,
    op            TEXT NOT NULL CHECK (op IN ('displace', 'mkdir', 'place', 'rmdir')),
    path          TEXT NOT NULL,             -- relative to the prefix
    staged        TEXT,                      -- for 'place': the file's name in staging
    PRIMARY KEY (tx_id, seq)
) WITHOUT ROWID;
