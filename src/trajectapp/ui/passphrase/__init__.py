"""Entering, checking and changing passphrases."""
