"""Find in notes: full-text search across every case, with the hits shown in their context."""
