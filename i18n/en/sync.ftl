# Messages of the sync engine and its settings (crates/core/src/sync, companion.rs).
error-sync-portal-url = “{ $url }” is not a portal address. Use a full address starting with http:// or https://.
error-sync-scope = This job subscription cannot be saved: { $detail }
