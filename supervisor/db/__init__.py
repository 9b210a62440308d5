"""Storage: models, the engine and its sessions, migrations, paged list queries. No Qt, no
report libraries."""
