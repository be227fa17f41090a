#!/usr/bin/env bash
# Backs up Dân Nguyện: a consistent dump of the database (one transaction, no locks on InnoDB tables),
# the uploaded files and the audit anchor file, with SHA-256 sums of all three.
#   backup.sh <database> <backup-root>
# Connection: DB_HOST (127.0.0.1), DB_PORT (3306), DB_ADMIN_USER (root), DB_ADMIN_PASSWORD (empty).
# Optional: DANNGUYEN_FILES_DIR (uploads), DANNGUYEN_AUDIT_ANCHOR (anchor file). Prints the backup directory.
set -euo pipefail
database=${1:?database name}
root=${2:?backup directory}
dir="$root/dannguyen-$(date -u +%Y%m%dT%H%M%SZ)-$$"
mkdir -p "$dir"
dump=$(command -v mariadb-dump || command -v mysqldump)
MYSQL_PWD="${DB_ADMIN_PASSWORD:-}" "$dump" --single-transaction --quick --routines --triggers --events --hex-blob \
    --default-character-set=utf8mb4 --protocol=TCP -h "${DB_HOST:-127.0.0.1}" -P "${DB_PORT:-3306}" \
    -u "${DB_ADMIN_USER:-root}" "$database" | gzip -6 > "$dir/database.sql.gz"
if [ -n "${DANNGUYEN_FILES_DIR:-}" ] && [ -d "$DANNGUYEN_FILES_DIR" ]; then
    # pending/ holds uploads not saved yet (nobody's record; cleared at every start), so it is left out.
    tar -C "$DANNGUYEN_FILES_DIR" --exclude=./pending -czf "$dir/files.tar.gz" .
fi
if [ -n "${DANNGUYEN_AUDIT_ANCHOR:-}" ] && [ -f "$DANNGUYEN_AUDIT_ANCHOR" ]; then
    cp "$DANNGUYEN_AUDIT_ANCHOR" "$dir/audit-anchor.log"
fi
(cd "$dir" && sha256sum -- * > SHA256SUMS)
echo "$dir"
