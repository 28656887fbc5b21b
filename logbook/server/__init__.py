"""The mailbox server: keeps encrypted bundles and notices, never a key that can read them."""
