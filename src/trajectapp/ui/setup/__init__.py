"""The first-start wizard that creates a vault."""
