"""Plain dataclasses and enums of the consultant's work; no Qt, no SQL."""
