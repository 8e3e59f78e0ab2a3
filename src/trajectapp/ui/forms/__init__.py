"""What every form shares: field kinds with their messages, and the dialog shape with drafts."""
