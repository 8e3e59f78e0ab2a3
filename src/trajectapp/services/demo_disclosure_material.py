"""Words for the demo's disclosure register, read from resources/demo/<language>/disclosures.json: why a consultant
shared, the colleagues a transferred case came from, the items as the interface lists them and the files' names.
All fictional."""

from __future__ import annotations

from dataclasses import dataclass

from trajectapp.services.demo_words import LANGUAGES, words_in


@dataclass(frozen=True)
class DisclosureWords:
    """One language's words for the register; "{day}", "{prison}" and "{consultant}" are filled in."""

    justice_house_purposes: tuple[str, ...]
    handover_purposes: tuple[str, ...]
    own_copy_purpose: str
    consultation_purpose: str
    consultation_reasons: tuple[str, ...]  # why a case consultation went ahead without covering consent
    received_purpose: str
    other_consultants: tuple[str, ...]  # colleagues in other prisons: invented
    sender: str
    items: dict[str, str]  # the items shared, by what they are
    file_names: dict[str, str]  # by the kind of file


WORDS = {language: words_in(DisclosureWords, "disclosures.json", language) for language in LANGUAGES}
