"""Trajectapp: offline, encrypted case files for disengagement consultants."""

__version__ = "0.1.0"
APP_NAME = "Trajectapp"
