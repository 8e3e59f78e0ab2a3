"""The demo's material is data, kept in resources/demo/ as JSON and read from there once."""

from __future__ import annotations

import json
from typing import Any

from trajectapp.resource_path import resource_path


def demo_words(file_name: str) -> dict[str, Any]:
    words = json.loads(resource_path("demo", file_name).read_text(encoding="utf-8"))
    if not isinstance(words, dict):
        raise ValueError(f"{file_name}: the demo's material is a JSON object of named lists")
    return words


def as_tuples(value: Any) -> Any:
    """`value` with every list in it a tuple, as the demo's code takes its material."""
    if isinstance(value, list):
        return tuple(as_tuples(item) for item in value)
    if isinstance(value, dict):
        return {key: as_tuples(item) for key, item in value.items()}
    return value
