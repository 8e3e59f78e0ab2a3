"""Why a transfer package cannot be opened or imported: one exception, its message in plain words."""

from __future__ import annotations

from enum import Enum


class Problem(Enum):
    """Which kind of failure, for the interface to choose what to offer next (try the passphrase again, or not)."""

    UNREADABLE = "unreadable"  # the file itself could not be read
    NOT_A_PACKAGE = "not_a_package"
    TOO_LARGE = "too_large"
    CUT_SHORT = "cut_short"
    TOO_NEW = "too_new"
    UNKNOWN_VERSION = "unknown_version"
    MALFORMED_PASSPHRASE = "malformed_passphrase"
    WRONG_PASSPHRASE = "wrong_passphrase"
    DAMAGED = "damaged"
    INVALID_CONTENT = "invalid_content"
    DOES_NOT_FIT = "does_not_fit"  # valid, but the receiving vault refused it; nothing was imported


class PackageError(Exception):
    """A transfer package that cannot be opened or imported. str(error) is a message a consultant can act on; it
    names fields and entries, never their content."""

    def __init__(self, problem: Problem, message: str):
        super().__init__(message)
        self.problem = problem
