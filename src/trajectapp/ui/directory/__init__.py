"""The partner-service directory, and the services involved in one case."""
