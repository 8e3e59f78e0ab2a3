"""The unlock screen and recovery with the recovery key."""
