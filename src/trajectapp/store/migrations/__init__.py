"""SQL migrations, applied in order; these files are the only definition of the schema."""
