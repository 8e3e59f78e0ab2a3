"""The encrypted vault: key derivation, key wrapping, lock and unlock."""
