"""The agenda: this week and the next across the caseload."""
