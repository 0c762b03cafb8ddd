-- cbe installed-package database, schema version 4: removals roll forward.
-- A transaction that only removes packages journals each file as 'delete', commits the
-- database first, and then unlinks; after a crash the next run finishes the unlinking.
-- (Undoing is never needed: nothing is touched before the commit.)
CREATE TABLE journal_new (
    tx_id         INTEGER NOT NULL REFERENCES transactions(id),
    seq           INTEGER NOT NULL,
    op            TEXT NOT NULL CHECK (op IN ('displace', 'mkdir', 'place', 'rmdir', 'delete')),
    path          TEXT NOT NULL,
    staged        TEXT,
    PRIMARY KEY (tx_id, seq)
) WITHOUT ROWID;
INSERT INTO journal_new SELECT tx_id, seq, op, path, staged FROM journal;
DROP TABLE journal;
ALTER TABLE journal_new RENAME TO journal;
