"""The caseload: the people the consultant works with."""
