"""Use cases the UI and the command line call: one module per use case, no Qt."""
