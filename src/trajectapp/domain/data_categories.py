"""Special-category data (GDPR art. 9 and 10): which fields hold it.

The migration that creates a field tags it in the `field_categories` table;
this module names the categories, and exports, presentation mode and
statistics treat every tagged field conservatively.
"""

from __future__ import annotations

from enum import Enum


class DataCategory(Enum):
    RELIGION_IDEOLOGY = "religion_ideology"
    HEALTH = "health"
    OFFENCES = "offences"
