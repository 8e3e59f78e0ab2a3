"""Special-category data (GDPR art. 9 and 10): which fields hold it.

The migration that creates a field tags it in the `field_categories` table;
this module names the categories, and exports, presentation mode and
statistics treat every tagged field conservatively.
"""

from __future__ import annotations

from trajectapp.domain.wording import QT_TRANSLATE_NOOP, Labelled


class DataCategory(Labelled):
    RELIGION_IDEOLOGY = "religion_ideology", QT_TRANSLATE_NOOP("Labels", "religion or ideology")
    HEALTH = "health", QT_TRANSLATE_NOOP("Labels", "health data")
    OFFENCES = "offences", QT_TRANSLATE_NOOP("Labels", "criminal-offence data")
