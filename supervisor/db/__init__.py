"""Storage: models, the engine and its sessions, migrations. No Qt, no report libraries."""
