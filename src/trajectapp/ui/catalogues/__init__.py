"""The lists the whole vault shares and edits in one place: partner services, life domains, factor categories."""
