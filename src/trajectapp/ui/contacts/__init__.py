"""Contacts with the person and follow-up actions, as a tab of the case file."""
