#!/usr/bin/env bash
# Restores a backup made by backup.sh into a database that must not exist yet (never over a live one),
# after checking the SHA-256 sums. Uploaded files go to DANNGUYEN_FILES_DIR and the anchor file to
# DANNGUYEN_AUDIT_ANCHOR when those are set. Then verify the audit chain (README: audit trail).
#   restore.sh <backup-directory> <new-database>
set -euo pipefail
dir=${1:?backup directory}
database=${2:?new database name}
(cd "$dir" && sha256sum --check --quiet SHA256SUMS)
client=$(command -v mariadb || command -v mysql)
connect=(--protocol=TCP -h "${DB_HOST:-127.0.0.1}" -P "${DB_PORT:-3306}" -u "${DB_ADMIN_USER:-root}")
export MYSQL_PWD="${DB_ADMIN_PASSWORD:-}"
"$client" "${connect[@]}" -e "CREATE DATABASE \`$database\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci"
gunzip -c "$dir/database.sql.gz" | "$client" "${connect[@]}" --default-character-set=utf8mb4 "$database"
if [ -f "$dir/files.tar.gz" ] && [ -n "${DANNGUYEN_FILES_DIR:-}" ]; then
    mkdir -p "$DANNGUYEN_FILES_DIR"
    tar -C "$DANNGUYEN_FILES_DIR" -xzf "$dir/files.tar.gz"
fi
if [ -f "$dir/audit-anchor.log" ] && [ -n "${DANNGUYEN_AUDIT_ANCHOR:-}" ]; then
    cp "$dir/audit-anchor.log" "$DANNGUYEN_AUDIT_ANCHOR"
fi
echo "restored $dir into $database"
