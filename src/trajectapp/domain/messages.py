"""What the core can tell a person, as codes with parameters: the interface words them (ui/messages.py), so that
every message can be translated. A code also names the parameters its words take."""

from __future__ import annotations

from enum import Enum
from typing import ClassVar

Param = str | int


class Code(Enum):
    """One member per message; its parameters never hold case content (names, note text), only field names,
    limits, years, counts, the error type and file or folder names the person chose."""

    _value_: str
    params: tuple[str, ...]

    def __new__(cls, value: str, *params: str) -> Code:
        member = object.__new__(cls)
        member._value_ = value
        member.params = params
        return member

    # -- one field's value (domain.text, domain.checks and the services' own rules) ----------------------------
    TEXT_CONTROL_CHARACTER = "text.control_character", "field"
    TEXT_EMPTY = "text.empty", "field"
    TEXT_TOO_LONG = "text.too_long", "field", "limit"
    VALUE_NEEDED = "value.needed", "field"
    NOT_A_DATE = "value.not_a_date", "field"
    DATE_OUT_OF_RANGE = "value.date_out_of_range", "field", "earliest", "latest"
    DATE_TIME_OUT_OF_RANGE = "value.date_time_out_of_range", "field", "earliest", "latest"
    SCORE_OUT_OF_RANGE = "value.score_out_of_range", "field", "low", "high"
    NOT_A_CHOICE = "value.not_a_choice", "field"  # also an id that names no record
    DURATION_OUT_OF_RANGE = "value.duration_out_of_range", "field"  # minutes, at most a day

    # -- links between the records of a case ---------------------------------------------------------------
    SESSION_NOT_IN_CASE = "case.session_not_in_case"
    FACTOR_NOT_IN_CASE = "case.factor_not_in_case"
    NEED_NOT_IN_CASE = "case.need_not_in_case"
    STRENGTH_NOT_IN_CASE = "case.strength_not_in_case"
    PERIOD_REVERSED = "case.period_reversed"  # the first day of a period comes after the last
    PARTICIPANT_NOT_A_SERVICE = "case.participant_not_a_service"  # only a service is picked from the directory
    PERSPECTIVE_EMPTY = "case.perspective_empty"  # neither of the two questions answered
    GOAL_WITHOUT_DOMAIN = "plan.goal_without_domain"
    STEP_WITHOUT_SERVICE = "plan.step_without_service"
    PLAN_WITHOUT_GOAL = "plan.without_goal"  # every goal chosen is dropped
    ANSWER_WITHOUT_SERVICE = "plan.answer_without_service"
    ANSWER_WITHOUT_PARTY = "plan.answer_without_party"
    ANSWER_BEFORE_VERSION = "plan.answer_before_version"

    # -- the vault-wide lists --------------------------------------------------------------------------------
    CATEGORY_NAME_TAKEN = "catalogue.category_name_taken"
    CATEGORY_SHIPPED = "catalogue.category_shipped"  # comes with Trajectapp: hidden, never deleted
    CATEGORY_IN_USE = "catalogue.category_in_use"
    DOMAIN_NAME_TAKEN = "catalogue.domain_name_taken"
    DOMAIN_SHIPPED = "catalogue.domain_shipped"
    DOMAIN_IN_USE = "catalogue.domain_in_use"
    DOMAIN_SENSITIVITY_FIXED = "catalogue.domain_sensitivity_fixed"  # a shipped domain's
    DOMAIN_SENSITIVITY_IN_USE = "catalogue.domain_sensitivity_in_use"  # may be added to, not taken away

    # -- a record that is not (or no longer) there ------------------------------------------------------------
    CASE_NOT_FOUND = "missing.case"
    CONSENT_NOT_FOUND = "missing.consent"
    SERVICE_NOT_FOUND = "missing.service"
    INVOLVEMENT_NOT_FOUND = "missing.involvement"
    CATEGORY_NOT_FOUND = "missing.category"
    FACTOR_NOT_FOUND = "missing.factor"
    STRENGTH_NOT_FOUND = "missing.strength"
    DOMAIN_NOT_FOUND = "missing.domain"
    ASSESSMENT_NOT_FOUND = "missing.assessment"
    EXTERNAL_ASSESSMENT_NOT_FOUND = "missing.external_assessment"
    GOAL_NOT_FOUND = "missing.goal"
    STEP_NOT_FOUND = "missing.step"
    PLAN_VERSION_NOT_FOUND = "missing.plan_version"
    SELECTION_OUT_OF_DATE = "missing.selected_items"  # chosen items that the case no longer holds

    # -- sharing: the disclosure register, documents and packages going out -----------------------------------
    RECIPIENT_NOT_IN_DIRECTORY = "sharing.recipient_not_in_directory"
    OVERRIDE_WITHOUT_REASON = "sharing.override_without_reason"
    NO_ITEMS = "sharing.no_items"
    ITEMS_MALFORMED = "sharing.items_malformed"
    FILE_NAME_WITH_FOLDER = "sharing.file_name_with_folder"
    DOCUMENT_WITHOUT_TITLE = "sharing.document_without_title"
    DOCUMENT_UNKNOWN = "sharing.document_unknown"
    PACKAGE_WITHOUT_NAME = "sharing.package_without_name"  # a case needs its person's name
    CASE_TOO_LARGE_FOR_PACKAGE = "sharing.case_too_large", "megabytes"
    CASE_NOT_PACKABLE = "sharing.case_not_packable", "detail"  # detail: where, in package_validation's words

    # -- the vault ------------------------------------------------------------------------------------------
    VAULT_LOCKED = "vault.locked"
    PASSPHRASE_WRONG = "vault.passphrase_wrong"
    CURRENT_PASSPHRASE_WRONG = "vault.current_passphrase_wrong"  # when changing it
    RECOVERY_KEY_WRONG = "vault.recovery_key_wrong"
    VAULT_EXISTS = "vault.exists", "folder"
    FOLDER_NOT_EMPTY = "vault.folder_not_empty", "folder"
    NOT_A_VAULT = "vault.not_a_vault", "folder"
    KEY_FILE_MISSING = "vault.key_file_missing"
    KEY_FILE_UNREADABLE = "vault.key_file_unreadable"
    KEY_FILE_DAMAGED = "vault.key_file_damaged"
    KEY_FILE_TAMPERED = "vault.key_file_tampered"  # asks for Argon2id parameters Trajectapp never writes
    DATABASE_MISSING = "vault.database_missing"  # missing or empty
    DATABASE_UNREADABLE = "vault.database_unreadable"
    DATABASE_PAGES_DAMAGED = "vault.database_pages_damaged"
    DATABASE_FIRST_PAGE_DAMAGED = "vault.database_first_page_damaged"
    DATABASE_STRUCTURE_DAMAGED = "vault.database_structure_damaged"
    DATABASE_WITHOUT_DATA = "vault.database_without_data"
    DATABASE_LOG_DAMAGED = "vault.database_log_damaged"
    VAULT_TOO_NEW = "vault.too_new"
    MIGRATION_FAILED = "vault.migration_failed", "error_type"
    # Found by the full check that runs once the vault is open (services/integrity.py).
    INTEGRITY_PAGES_DAMAGED = "vault.integrity_pages_damaged"
    INTEGRITY_STRUCTURE_DAMAGED = "vault.integrity_structure_damaged"
    INTEGRITY_UNREADABLE = "vault.integrity_unreadable"
    # Not damage: the vault is whole, but cannot be reached or written here and now.
    VAULT_ACCESS_DENIED = "vault.access_denied", "folder"  # the account may not read or write the folder or files
    VAULT_READ_ONLY = "vault.read_only", "folder"  # the disk is mounted read-only
    VAULT_DISK_FULL = "vault.disk_full", "folder"
    VAULT_IN_USE = "vault.in_use", "folder"  # open in another running copy of Trajectapp

    # -- a disk that refuses a write (file: the file the vault could not write) -------------------------------
    DISK_FULL = "storage.disk_full", "file"
    FOLDER_READ_ONLY = "storage.read_only", "file"
    DISK_WRITE_FAILED = "storage.write_failed", "file"  # the disk gave an error, or the folder is gone

    # -- a transfer package coming in ---------------------------------------------------------------------------
    PACKAGE_UNREADABLE = "package.unreadable", "reason"  # reason: the system's words for the read error
    PACKAGE_TOO_LARGE = "package.too_large", "megabytes"
    NOT_A_PACKAGE = "package.not_a_package"
    PACKAGE_CUT_SHORT = "package.cut_short"
    PACKAGE_TOO_NEW = "package.too_new"
    PACKAGE_UNKNOWN_VERSION = "package.unknown_version"
    PACKAGE_NOT_GENUINE = "package.not_genuine"  # asks for more memory or time than any package needs
    PACKAGE_PASSPHRASE_MALFORMED = "package.passphrase_malformed", "length", "groups", "group_size"
    PACKAGE_PASSPHRASE_WRONG = "package.passphrase_wrong"
    PACKAGE_CHANGED = "package.changed"  # cut short or changed after it was made
    PACKAGE_CONTENT_INVALID = "package.content_invalid", "detail"  # detail: where, in package_validation's words
    PACKAGE_DOES_NOT_FIT = "package.does_not_fit", "detail"  # detail: the database's words for the refusal


class Refusal(Exception):
    """Something the core will not do, for a reason a person can act on: `code` says which, `params` fill in
    its words. str() is a developer's text for tests and tracebacks; the interface words the code itself."""

    def __init__(self, code: Code, **params: Param) -> None:
        if set(params) != set(code.params) or not all(isinstance(value, str | int) for value in params.values()):
            raise TypeError(f"{code.value} takes ({', '.join(code.params)}), not {params!r}")
        super().__init__(code.value)
        self.code = code
        self.params: dict[str, Param] = params

    def __str__(self) -> str:
        given = ", ".join(f"{name}={self.params[name]!r}" for name in self.code.params)
        return f"{self.code.value} ({given})" if given else self.code.value


class FieldRefusal(Refusal):
    """A refusal of one field's value: `field` names the field, and is the "field" parameter of the codes whose
    words name it."""

    def __init__(self, field: str, code: Code, **params: Param) -> None:
        if "field" in code.params:
            params = {"field": field, **params}
        super().__init__(code, **params)
        self.field = field


class RecordNotFound(Refusal, LookupError):
    """A record that is not (or no longer) there; each kind of record has its subclass and code."""

    missing: ClassVar[Code]

    def __init__(self, record_id: object) -> None:
        super().__init__(self.missing)
        self.record_id = record_id

    def __str__(self) -> str:
        return f"{self.code.value} (id {self.record_id!r})"


def log_text(error: BaseException) -> str:
    """What the event log may say of `error`: its type and, for a refusal, its code; never its parameters."""
    if isinstance(error, Refusal):
        return f"{type(error).__name__} {error.code.value}"
    return type(error).__name__
