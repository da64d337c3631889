/**
 * The database kept safe: daily online backups of the H2 file, one before every update of its tables, the restore
 * command ({@code --restore=FILE}), the check that the data folder can be written before the database opens, and the
 * pool's recovery after a write failed (a full disk). On PostgreSQL backups are the database administrator's job.
 * See docs/decisions/0010-backups.md.
 */
package org.digitalcentre.backup;
