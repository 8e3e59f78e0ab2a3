"""reportlab renderers for the documents Trajectapp prints: recovery sheet, session notes, summaries; no Qt."""
